#pragma once

#include "config/upstreamsettings.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

// "Test" on the upstreams page: asks an upstream for its models (GET <base URL>/models) with
// the key and headers as they are being edited, and says what came back. One request at a time,
// asynchronous, on the GUI thread (QNetworkAccessManager's cost does not matter for one call).
class UpstreamProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool ok = false;
        int httpStatus = 0; // 0: no HTTP answer
        QString message; // "200 OK: 57 models", "401: invalid API key", "connection refused"
    };

    explicit UpstreamProbe(QObject *parent = nullptr);

    // A probe still running is abandoned.
    void start(const UpstreamSettings::Entry &entry, int timeoutMs = 10'000);
    bool isRunning() const { return m_reply != nullptr; }

Q_SIGNALS:
    void finished(const UpstreamProbe::Result &result);

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
};
