#include "resenddialog.h"

#include "jsonview.h"

#include "export/curlcommand.h"
#include "trace/redaction.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

ResendDialog::ResendDialog(const TraceRecord &original, const QString &proxyBaseUrl,
                           QWidget *parent)
    : QDialog(parent)
    , m_original(original)
    , m_baseUrl(proxyBaseUrl)
    , m_body(new QPlainTextEdit(this))
    , m_key(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_network(new QNetworkAccessManager(this))
{
    setWindowTitle(tr("Resend call"));
    setObjectName(QStringLiteral("resendDialog"));
    resize(720, 560);
    // The body as it was sent, members in their order, indented to be edited.
    m_body->setPlainText(QString::fromUtf8(JsonView::readable(original.requestBody)));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Leave empty when the upstream has a key configured"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("resendStatus"));

    // A body cut short when recorded, or not recorded at all, is not the request that was made:
    // sending waits until the user has edited it.
    if (original.privacy || original.requestTruncated) {
        m_status->setText(original.privacy
                                  ? tr("Privacy mode: the request body was not recorded. Write "
                                       "the body to send.")
                                  : tr("The recorded request body was cut short (it was larger "
                                       "than the recording limit). Complete it to send."));
        m_send->setEnabled(false);
        connect(m_body, &QPlainTextEdit::textChanged, this, [this] { m_send->setEnabled(true); });
    }

    auto *form = new QFormLayout;
    auto *target = new QLabel(original.method + u' ' + proxyBaseUrl + proxyPath(original), this);
    target->setObjectName(QStringLiteral("resendTarget"));
    form->addRow(tr("To:"), target);
    form->addRow(tr("API key:"), m_key);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_send->setToolTip(tr("Ctrl+Enter"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The dialog stays open after sending: edit and send again.
    connect(m_send, &QPushButton::clicked, this, &ResendDialog::send);
    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(sendKey, &QShortcut::activated, this, &ResendDialog::send);
}

QString ResendDialog::proxyPath(const TraceRecord &call)
{
    const QUrl url(call.url);
    QString path = url.path(QUrl::FullyEncoded);
    // Upstream base URLs may carry their own prefix ("/api/v1"): the proxy adds it again.
    const qsizetype v1 = path.indexOf(QLatin1String("/v1/"));
    const QString rest = v1 >= 0 ? path.mid(v1) : path;
    QString result = call.upstream.isEmpty() ? rest : u'/' + call.upstream + rest;
    if (url.hasQuery())
        result += u'?' + url.query(QUrl::FullyEncoded);
    return result;
}

QList<std::pair<QByteArray, QByteArray>> ResendDialog::headersFor(const TraceRecord &call)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    const HttpHeaders stored = Redaction::headersFromJson(call.requestHeadersJson);
    for (const auto &[name, value] : stored.fields()) {
        // Stored credentials are cut short; the trace context is the new call's own.
        const QByteArray lower = name.toLower();
        if (!CurlCommand::repeats(name) || Redaction::isSecretHeader(lower)
            || lower == "traceparent" || lower == "tracestate")
            continue;
        headers.append({name, value});
    }
    // A child of the original call's span, in the same trace.
    if (call.traceId.size() == 32 && call.spanId.size() == 16)
        headers.append({QByteArray("traceparent"),
                        QByteArray("00-" + call.traceId + '-' + call.spanId + "-01")});
    headers.append({QByteArray("x-tokentap-tags"), QByteArray("resend")});
    headers.append({QByteArray("x-tokentap-meta-resent_from"), call.spanId});
    if (!call.sessionId.isEmpty())
        headers.append({QByteArray("x-tokentap-session-id"), call.sessionId.toUtf8()});
    if (!call.user.isEmpty())
        headers.append({QByteArray("x-tokentap-user"), call.user.toUtf8()});
    return headers;
}

void ResendDialog::send()
{
    if (!m_send->isEnabled())
        return;
    QNetworkRequest request(QUrl(m_baseUrl + proxyPath(m_original)));
    const auto headers = headersFor(m_original);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!request.hasRawHeader("content-type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QString key = m_key->text().trimmed();
    if (!key.isEmpty()) {
        if (m_original.endpoint == QLatin1String("messages"))
            request.setRawHeader("x-api-key", key.toUtf8());
        else
            request.setRawHeader("authorization", "Bearer " + key.toUtf8());
    }
    const QByteArray body = m_body->toPlainText().toUtf8();
    m_send->setEnabled(false);
    m_status->setText(tr("Sending…"));
    QNetworkReply *reply =
            m_network->sendCustomRequest(request, m_original.method.toLatin1(), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_send->setEnabled(true);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString text;
        if (status == 0)
            text = tr("No answer: %1").arg(reply->errorString());
        else
            text = tr("Answered %1; the call is recorded as a child of the original.").arg(status);
        m_status->setText(text);
        Q_EMIT answered(status, text);
    });
}
