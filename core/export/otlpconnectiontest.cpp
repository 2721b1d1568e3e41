#include "otlpconnectiontest.h"

#include "otlphttp.h"
#include "otlphttpclient.h"
#include "spanbuilder.h"

#include <QDateTime>

OtlpConnectionTest::OtlpConnectionTest(QObject *parent)
    : QObject(parent)
    , m_client(new OtlpHttpClient(this))
{
    connect(m_client, &OtlpHttpClient::finished, this,
            [this](const OtlpHttpClient::Response &response) {
                const OtlpHttp::Answer answer = OtlpHttp::read(m_destination, response);
                OtlpTestResult result;
                result.httpStatus = answer.httpStatus;
                result.ok = answer.httpStatus >= 200 && answer.httpStatus < 300
                        && answer.partialSuccess.rejectedSpans == 0;
                result.message = answer.error.isEmpty()
                        ? tr("HTTP %1: the test span was accepted").arg(answer.httpStatus)
                        : answer.error;
                Q_EMIT finished(result);
            });
}

OtlpConnectionTest::~OtlpConnectionTest() = default;

bool OtlpConnectionTest::isRunning() const
{
    return m_client->isBusy();
}

void OtlpConnectionTest::start(const OtlpDestination &destination, int timeoutMs)
{
    m_client->abort();
    QString error;
    if (!destination.isValid(&error)) {
        Q_EMIT finished({false, 0, error});
        return;
    }
    m_destination = destination;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    m_client->post(destination.endpoint, OtlpHttp::requestHeaders(destination, QString()),
                   OtlpHttp::body(destination, {SpanBuilder::testSpan(now)}), timeoutMs);
}
