#include "keychainsecretbackend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <glib.h>

namespace {

// Runs `job` to completion or until `timeoutMs`; false on timeout. Either way the job deletes
// itself later: when it has answered, after the caller has read its result.
bool runJob(QKeychain::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plain text in the settings file
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    // QtKeychain reaches the Secret Service through libsecret, which answers on GLib's main
    // context. TokenTap runs Qt's own event dispatcher (QT_NO_GLIB, see main.cpp), which never
    // iterates that context: do it here while waiting, or the answer never arrives.
    QTimer glibPump;
    if (qEnvironmentVariableIsSet("QT_NO_GLIB")) {
        QObject::connect(&glibPump, &QTimer::timeout, &loop, [] {
            while (g_main_context_iteration(nullptr, FALSE)) { }
        });
        glibPump.start(5);
    }
    job->start();
    if (!finished)
        loop.exec();
    if (finished)
        job->deleteLater();
    else
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
    return finished;
}

QString timeoutMessage()
{
    return QCoreApplication::translate("KeychainSecretBackend",
                                       "the keychain did not answer in time");
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(const QString &dataDir, int timeoutMs)
    : m_key(QStringLiteral("secrets ") + dataDir)
    , m_timeoutMs(timeoutMs)
{ }

QString KeychainSecretBackend::serviceName()
{
    return QStringLiteral("TokenTap");
}

SecretBackend::ReadStatus KeychainSecretBackend::read(QJsonObject *values, QString *error)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(m_key);
    if (!runJob(job, m_timeoutMs)) {
        *error = timeoutMessage();
        return ReadStatus::Unavailable;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        *values = QJsonDocument::fromJson(job->binaryData()).object();
        return ReadStatus::Ok;
    case QKeychain::EntryNotFound:
        *values = {};
        return ReadStatus::Ok;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // what QtKeychain reports when no Secret Service is on the bus
        *error = job->errorString();
        return ReadStatus::Unavailable;
    default:
        *error = job->errorString();
        return ReadStatus::Failed;
    }
}

bool KeychainSecretBackend::write(const QJsonObject &values, QString *error)
{
    QKeychain::Job *job = nullptr;
    if (values.isEmpty()) {
        auto *remove = new QKeychain::DeletePasswordJob(serviceName());
        job = remove;
    } else {
        auto *store = new QKeychain::WritePasswordJob(serviceName());
        store->setBinaryData(QJsonDocument(values).toJson(QJsonDocument::Compact));
        job = store;
    }
    job->setKey(m_key);
    if (!runJob(job, m_timeoutMs)) {
        *error = timeoutMessage();
        return false;
    }
    if (job->error() == QKeychain::NoError
        || (values.isEmpty() && job->error() == QKeychain::EntryNotFound))
        return true;
    *error = job->errorString();
    return false;
}

QString KeychainSecretBackend::description() const
{
    return QCoreApplication::translate("KeychainSecretBackend", "the desktop keychain");
}
