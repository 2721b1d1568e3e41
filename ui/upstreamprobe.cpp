#include "upstreamprobe.h"

#include "proxy/headerrules.h"
#include "proxy/upstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

// The error message APIs put in their JSON bodies, OpenAI's and Anthropic's shapes alike.
QString errorMessage(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    if (error.isObject())
        return error.toObject().value(QStringLiteral("message")).toString();
    if (error.isString())
        return error.toString();
    return root.value(QStringLiteral("message")).toString();
}

int modelCount(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray())
        return int(document.array().size());
    const QJsonObject root = document.object();
    for (const char *key : {"data", "models"}) {
        const QJsonValue list = root.value(QLatin1String(key));
        if (list.isArray())
            return int(list.toArray().size());
    }
    return -1;
}

} // namespace

UpstreamProbe::UpstreamProbe(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_network, &QNetworkAccessManager::finished, this, &UpstreamProbe::onFinished);
}

void UpstreamProbe::start(const UpstreamSettings::Entry &entry, int timeoutMs)
{
    if (m_reply) {
        QNetworkReply *old = std::exchange(m_reply, nullptr);
        old->abort();
    }
    QString error;
    const auto upstream = Upstream::fromUrl(QStringLiteral("probe"), entry.baseUrl, &error);
    if (!upstream) {
        Q_EMIT finished({false, 0, error});
        return;
    }
    QUrl url = upstream->baseUrl;
    url.setPath(QString::fromUtf8(upstream->basePath) + QStringLiteral("/models"));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : entry.extraHeaders.fields())
        request.setRawHeader(name, value);
    if (!entry.apiKey.isEmpty()) {
        const auto [name, value] = HeaderRules::credentialHeader(upstream->authStyle, entry.apiKey);
        request.setRawHeader(name, value);
    }
    if (upstream->authStyle == AuthStyle::XApiKey && !request.hasRawHeader("anthropic-version"))
        request.setRawHeader("anthropic-version", "2023-06-01");
    m_reply = m_network->get(request);
}

void UpstreamProbe::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return; // abandoned
    m_reply = nullptr;
    Result result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (result.httpStatus == 0) {
        result.message = reply->errorString();
    } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
        result.ok = true;
        const int count = modelCount(body);
        result.message = count >= 0 ? tr("%1: %n models", nullptr, count).arg(result.httpStatus)
                                    : tr("%1: the upstream answered").arg(result.httpStatus);
    } else {
        const QString why = errorMessage(body);
        result.message = why.isEmpty()
                ? tr("%1: %2").arg(result.httpStatus).arg(reply->errorString())
                : tr("%1: %2").arg(result.httpStatus).arg(why);
    }
    Q_EMIT finished(result);
}
