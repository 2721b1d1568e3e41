#pragma once

#include <QString>

// An OTLP export response's partial_success (reference §1.2): spans the collector accepted the
// request for but dropped. Never retried; reported. Zero rejected with a message is a warning.
struct OtlpPartialSuccess
{
    bool present = false;
    qint64 rejectedSpans = 0;
    QString errorMessage;
};
