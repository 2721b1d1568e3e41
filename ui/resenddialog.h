#pragma once

#include "trace/tracerecord.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;

// Resend: the recorded request in an editor, sent through the proxy when the user asks. The
// new call is recorded like any other, as a child span of the original (traceparent) and tagged
// "resend", so the trace view shows the two together.
class ResendDialog : public QDialog
{
    Q_OBJECT
public:
    ResendDialog(const TraceRecord &original, const QString &proxyBaseUrl,
                 QWidget *parent = nullptr);

    // The proxy path the call goes to: "/<upstream>/v1/<rest>".
    static QString proxyPath(const TraceRecord &call);
    // Headers sent with the resent call (credentials excepted: the stored ones are redacted).
    static QList<std::pair<QByteArray, QByteArray>> headersFor(const TraceRecord &call);

    QPlainTextEdit *editor() const { return m_body; }
    void send();

Q_SIGNALS:
    void answered(int status, const QString &message);

private:
    TraceRecord m_original;
    QString m_baseUrl;
    QPlainTextEdit *m_body;
    QLineEdit *m_key;
    QLabel *m_status;
    QPushButton *m_send;
    QNetworkAccessManager *m_network;
};
