#include "userpricefile.h"

#include "llm/priceimport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// The catalogues file these messages under UserPriceFile.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(UserPriceFile)
};

} // namespace

UserPriceFile::UserPriceFile(const QString &dataDir)
    : m_dataDir(dataDir)
{ }

QString UserPriceFile::path() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("pricing.json"));
}

std::optional<PriceTable> UserPriceFile::load(QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    PriceTable table(QStringLiteral("user"));
    QFile file(path());
    if (!file.exists())
        return table;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("Cannot read the price overrides %1: %2").arg(path(), file.errorString());
        return std::nullopt;
    }
    QString parseError;
    if (!table.loadJson(file.readAll(), &parseError)) {
        *error = Text::tr("Price overrides %1: %2").arg(path(), parseError);
        return std::nullopt;
    }
    return table;
}

bool UserPriceFile::save(const PriceTable &table, QString *error) const
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (!QDir().mkpath(m_dataDir)) {
        *error = Text::tr("Cannot create the folder %1").arg(m_dataDir);
        return false;
    }
    // Each saved version prices calls under a label of its own ("user 2026-11-22T09:30:00Z"):
    // a call's recorded table version then tells which rates it was priced with.
    PriceTable stamped = table;
    stamped.setUpdated(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(path());
    // QSaveFile creates its temporary file 0666 minus umask; the mode must be right before the
    // rename makes the content visible.
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(PriceImport::toJson(stamped)) < 0 || !file.commit()) {
        *error =
                Text::tr("Cannot write the price overrides %1: %2").arg(path(), file.errorString());
        return false;
    }
    return true;
}

PriceTable UserPriceFile::effective(const QString &dataDir, QString *error)
{
    PriceTable table = PriceTable::builtin();
    const std::optional<PriceTable> user = UserPriceFile(dataDir).load(error);
    if (user && !user->isEmpty())
        table.mergeOverrides(*user);
    return table;
}
