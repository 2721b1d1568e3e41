#pragma once

#include "trace/capturedcall.h"

// Realistic captured calls for store benchmarks: varied models, users, statuses and words, a
// ~4 KiB chat request and a ~2 KiB chat.completion response (or an SSE stream), as the proxy
// hands them to the store thread.
namespace SyntheticCalls {

CapturedCall make(qint64 index, qint64 startUnixNs);

} // namespace SyntheticCalls
