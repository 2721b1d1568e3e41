#pragma once

#include "trace/tracerecord.h"

#include <QByteArray>
#include <QJsonObject>

// HAR 1.2 (the HTTP Archive format browsers' developer tools and HTTP Toolkit read) from
// recorded calls: the request as sent upstream, the response as received (a stream as its SSE
// text), TokenTap's phases as HAR timings, headers with credentials already cut to their last
// 4 characters. TokenTap's own facts (model, tokens, cost, cache) go in an "_tokentap" object,
// as HAR allows for custom fields.
namespace HarExporter {

// The document around the entries, split so that entries can be written one at a time:
// prefix() + entry + "," + entry … + suffix().
QByteArray prefix();
QByteArray suffix();
QJsonObject entry(const TraceRecord &call);

} // namespace HarExporter
