#pragma once

#include <QMetaType>
#include <QString>

// The answer to "test connection": one test span sent to a destination.
struct OtlpTestResult
{
    bool ok = false;
    int httpStatus = 0; // 0: no HTTP answer
    QString message; // what to show: the HTTP result, the collector's message or the error
};

Q_DECLARE_METATYPE(OtlpTestResult)
