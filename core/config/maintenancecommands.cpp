#include "maintenancecommands.h"

#include "llm/priceimport.h"
#include "llm/userpricefile.h"
#include "trace/tracefilter.h"
#include "trace/tracerepricer.h"
#include "trace/traceservice.h"
#include "trace/tracestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

// The catalogues file these messages under MaintenanceCommands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)
};

MaintenanceCommands::Result fail(int code, const QString &message)
{
    return {code, message};
}

} // namespace

namespace MaintenanceCommands {

Result reprice(const QString &dataDir, const QString &filterText)
{
    QString error;
    const std::optional<TraceFilter> filter = TraceFilter::parse(filterText, &error);
    if (!filter)
        return fail(2, Text::tr("invalid filter: %1").arg(error));
    const QString path = TraceService::databasePath(dataDir);
    if (!QFileInfo::exists(path))
        return fail(2, Text::tr("no trace database at %1").arg(path));
    const PriceTable prices = UserPriceFile::effective(dataDir, &error);
    if (!error.isEmpty())
        return fail(2, error);
    TraceStore store(path, QStringLiteral("tokentap-reprice"));
    if (!store.open(&error))
        return fail(2, error);
    QSqlDatabase db = store.database();
    const TraceRepricer::Result r = TraceRepricer::run(db, prices, *filter, &error);
    if (!error.isEmpty())
        return fail(1, error);
    return {0,
            Text::tr("%1 calls examined, %2 costs changed (prices: %3)")
                    .arg(r.examined)
                    .arg(r.changed)
                    .arg(prices.version())};
}

Result importPrices(const QString &dataDir, const QString &format, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(2, Text::tr("cannot read %1: %2").arg(file, in.errorString()));
    const QByteArray json = in.readAll();
    QString error;
    std::optional<PriceTable> imported;
    if (format == QLatin1String("litellm"))
        imported = PriceImport::fromLiteLlm(json, &error);
    else if (format == QLatin1String("openrouter"))
        imported = PriceImport::fromOpenRouter(json, &error);
    else
        return fail(2, Text::tr("unknown price format '%1' (litellm or openrouter)").arg(format));
    if (!imported)
        return fail(2, Text::tr("%1: %2").arg(file, error));

    const UserPriceFile userFile(dataDir);
    std::optional<PriceTable> user = userFile.load(&error);
    if (!user)
        return fail(2, error);
    const qsizetype before = user->rows().size();
    user->mergeOverrides(*imported);
    if (!userFile.save(*user, &error))
        return fail(1, error);
    return {0,
            Text::tr("%1 prices imported into %2 (%3 rows in all, %4 new); run 'tokentap reprice' "
                     "to update stored costs")
                    .arg(imported->rows().size())
                    .arg(userFile.path())
                    .arg(user->rows().size())
                    .arg(user->rows().size() - before)};
}

} // namespace MaintenanceCommands
