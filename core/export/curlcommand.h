#pragma once

#include "trace/tracerecord.h"

#include <QString>

// One recorded call as a shell command that repeats it against the upstream: method, URL,
// headers as sent upstream and the body. Credentials are never in a trace in full; their
// headers carry a shell variable instead (-H 'Authorization: Bearer '"$OPENAI_API_KEY") so the
// command works once the variable is set and can be shared as it is. A cookie becomes $COOKIE.
namespace CurlCommand {

QString format(const TraceRecord &call);
// The environment variable a credential header of this call is replaced with.
QString credentialVariable(const TraceRecord &call);
// Whether a stored request header is worth sending again when the call is repeated: not the
// hop-by-hop and framing fields the transport sets, nor TokenTap's own x-tokentap-*.
bool repeats(const QByteArray &name);
// Single-quoted for POSIX shells.
QString shellQuoted(const QString &text);

} // namespace CurlCommand
