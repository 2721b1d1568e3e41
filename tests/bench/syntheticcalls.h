#pragma once

#include "trace/capturedcall.h"

#include <QTemporaryDir>

// Realistic captured calls for store benchmarks: varied models, users, statuses and words, a
// ~4 KiB chat request and a ~2 KiB chat.completion response (or an SSE stream), as the proxy
// hands them to the store thread.
namespace SyntheticCalls {

CapturedCall make(qint64 index, qint64 startUnixNs);

// Creates a trace store at `path` with `calls` realistic calls spread over the last month
// (8 models, 97 users, sessions of 40 calls, 1 in 1,000 containing the word "zanzibar").
// Progress on stderr. False (with a message on stderr) when the store cannot be written.
bool fillStore(const QString &path, qint64 calls);
// A benchmark's store from its command line "[CALLS] [DATABASE]": DATABASE when it exists
// (migrated to the current schema), otherwise filled with CALLS calls (default 1,000,000) at
// DATABASE or in `scratch`. Empty when the fill or the migration failed.
QString storeFromArguments(int argc, char *argv[], const QTemporaryDir &scratch);
// Brings a store up to the current schema one version at a time, saying on stderr how long
// each took.
bool upgradeStore(const QString &path);

} // namespace SyntheticCalls
