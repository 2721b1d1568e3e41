#pragma once

#include "otlpdestination.h"
#include "otlptestresult.h"

#include <QObject>

class OtlpHttpClient;

// "Test connection" on the settings page: sends one test span (SpanBuilder::testSpan) to a
// destination as it is being edited, and says what came back. One request, asynchronous, on
// the thread it lives on (the GUI's is fine: it never blocks).
class OtlpConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit OtlpConnectionTest(QObject *parent = nullptr);
    ~OtlpConnectionTest() override;

    // A test still running is abandoned (its finished() never comes).
    void start(const OtlpDestination &destination, int timeoutMs = 10'000);
    bool isRunning() const;

Q_SIGNALS:
    void finished(const OtlpTestResult &result);

private:
    OtlpHttpClient *m_client;
    OtlpDestination m_destination;
};
