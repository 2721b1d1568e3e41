#include "tracestore.h"

#include "bodycompression.h"
#include "traceschema.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

struct TraceStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : trace(db)
        , payload(db)
        , tag(db)
        , text(db)
    { }
    QSqlQuery trace;
    QSqlQuery payload;
    QSqlQuery tag;
    QSqlQuery text;
};

namespace {

template<typename T> QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant textOrNull(const QByteArray &value)
{
    return value.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(value));
}

} // namespace

TraceStore::TraceStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

TraceStore::~TraceStore()
{
    m_statements.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlDatabase TraceStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TraceStore::isOpen() const
{
    return m_statements != nullptr;
}

bool TraceStore::open(QString *error)
{
    // Traces hold prompts and answers: readable by the user only, from the first byte on.
    if (!QFileInfo::exists(m_path)) {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QCoreApplication::translate("TraceStore", "cannot create %1: %2")
                             .arg(m_path, file.errorString());
            return false;
        }
    }
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery pragma(db);
    // Must precede the first table: lets retention hand freed pages back to the file system.
    pragma.exec(QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"));
    // WAL: readers never block the writer; a killed process loses at most the transaction in
    // progress. synchronous=NORMAL is safe with WAL against application crashes.
    for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
                                  "PRAGMA foreign_keys=OFF", "PRAGMA temp_store=MEMORY"}) {
        if (!pragma.exec(QLatin1String(statement))) {
            *error = pragma.lastError().text();
            return false;
        }
    }
    if (!TraceSchema::migrate(db, error))
        return false;
    return prepare(error);
}

bool TraceStore::prepare(QString *error)
{
    auto statements = std::make_unique<Statements>(database());
    const bool ok =
            statements->trace.prepare(QStringLiteral(
                    "INSERT INTO traces (trace_id, span_id, parent_span_id, trace_state, "
                    "trace_name, span_name, generation_name, start_ns, end_ns, ttfb_ms, "
                    "ttft_ms, duration_ms, method, url, upstream, endpoint, model, "
                    "response_model, status, error_kind, error_message, stream, cache, "
                    "input_tokens, output_tokens, total_tokens, cached_tokens, "
                    "cache_write_tokens, reasoning_tokens, cost_input, cost_output, "
                    "cost_usd, saved_usd, cost_source, price_id, price_version, "
                    "tokens_per_sec, user, session_id, project, tags, metadata, privacy, "
                    "client, finish_reason, response_id, tool_names, request_hash) VALUES (?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?)"))
            && statements->payload.prepare(QStringLiteral(
                    "INSERT INTO trace_payloads (trace_rowid, request_headers, response_headers, "
                    "request_body, response_body, events, request_truncated, "
                    "response_truncated, compressed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && statements->tag.prepare(QStringLiteral(
                    "INSERT OR IGNORE INTO trace_tags (tag, trace_rowid) VALUES (?, ?)"))
            && statements->text.prepare(QStringLiteral(
                    "INSERT INTO traces_fts (rowid, input, output) VALUES (?, ?, ?)"));
    if (!ok) {
        *error = database().lastError().text();
        return false;
    }
    m_statements = std::move(statements);
    return true;
}

bool TraceStore::insert(QList<TraceRecord> &records, QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("TraceStore", "the trace store is not open");
        return false;
    }
    QSqlDatabase db = database();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        return false;
    };
    QSqlQuery &trace = m_statements->trace;
    for (TraceRecord &r : records) {
        const TokenUsage &u = r.usage;
        const QVariantList values = {
                textOrNull(r.traceId),
                textOrNull(r.spanId),
                textOrNull(r.parentSpanId),
                textOrNull(r.traceState),
                textOrNull(r.traceName),
                textOrNull(r.spanName),
                textOrNull(r.generationName),
                r.startUnixNs,
                r.endUnixNs,
                orNull(r.ttfbMs),
                orNull(r.ttftMs),
                r.durationMs,
                textOrNull(r.method),
                textOrNull(r.url),
                textOrNull(r.upstream),
                textOrNull(r.endpoint),
                textOrNull(r.model),
                textOrNull(r.responseModel),
                r.status,
                textOrNull(r.errorKind),
                textOrNull(r.errorMessage),
                int(r.stream),
                textOrNull(r.cache),
                orNull(u.input),
                orNull(u.output),
                orNull(u.total),
                orNull(u.cachedInput),
                orNull(u.cacheWrite),
                orNull(u.reasoning),
                orNull(r.costInputUsd),
                orNull(r.costOutputUsd),
                orNull(r.costUsd),
                orNull(r.savedUsd),
                textOrNull(r.costSource),
                textOrNull(r.priceId),
                textOrNull(r.priceVersion),
                orNull(r.outputTokensPerSecond),
                textOrNull(r.user),
                textOrNull(r.sessionId),
                textOrNull(r.project),
                textOrNull(r.tags.join(QLatin1Char(','))),
                r.metadata.isEmpty()
                        ? QVariant()
                        : QVariant(QString::fromUtf8(
                                QJsonDocument(r.metadata).toJson(QJsonDocument::Compact))),
                int(r.privacy),
                textOrNull(r.clientAddress),
                textOrNull(r.finishReason),
                textOrNull(r.responseId),
                textOrNull(r.toolNames.join(QLatin1Char(','))),
                textOrNull(r.requestHash)};
        for (int i = 0; i < values.size(); ++i)
            trace.bindValue(i, values.at(i));
        if (!trace.exec())
            return fail(trace);
        r.id = trace.lastInsertId().toLongLong();

        r.pack();
        QSqlQuery &payload = m_statements->payload;
        payload.bindValue(0, r.id);
        payload.bindValue(1, textOrNull(r.requestHeadersJson));
        payload.bindValue(2, textOrNull(r.responseHeadersJson));
        payload.bindValue(3,
                          r.requestBody.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                                 : QVariant(r.requestBody));
        payload.bindValue(4,
                          r.responseBody.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                                  : QVariant(r.responseBody));
        payload.bindValue(5,
                          r.streamEventsJson.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                       : QVariant(r.streamEventsJson));
        payload.bindValue(6, int(r.requestTruncated));
        payload.bindValue(7, int(r.responseTruncated));
        payload.bindValue(8, r.packedFlags);
        if (!payload.exec())
            return fail(payload);

        for (const QString &tag : std::as_const(r.tags)) {
            m_statements->tag.bindValue(0, tag);
            m_statements->tag.bindValue(1, r.id);
            if (!m_statements->tag.exec())
                return fail(m_statements->tag);
        }
        if (!r.inputText.isEmpty() || !r.outputText.isEmpty()) {
            QSqlQuery &text = m_statements->text;
            text.bindValue(0, r.id);
            text.bindValue(1, r.inputText);
            text.bindValue(2, r.outputText);
            if (!text.exec())
                return fail(text);
        }
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        for (TraceRecord &r : records)
            r.id = 0;
        return false;
    }
    return true;
}
