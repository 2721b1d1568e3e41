#include "cachestore.h"

#include "common/sqlitefile.h"
#include "jsondiff.h"
#include "trace/bodycompression.h"
#include "trace/transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <iterator>

namespace {

constexpr int SchemaVersion = 1;

// Migration N brings version N-1 to N. Never edit a published migration: add the next one.
const char *const Migrations[] = {
        // 1: the first schema.
        // A rowid table rather than WITHOUT ROWID: rows carry whole response bodies, far beyond
        // the few hundred bytes where WITHOUT ROWID pays off. Small columns come first so that
        // eviction and stats, which read size_bytes and the times, never touch the overflow
        // pages holding the blobs at the end of the row.
        R"sql(
CREATE TABLE entries (
    key BLOB NOT NULL UNIQUE,
    url TEXT NOT NULL,
    model TEXT NOT NULL,
    credential_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    stream INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    expires_ms INTEGER NOT NULL,
    last_used_ms INTEGER NOT NULL,
    cost_usd REAL,
    size_bytes INTEGER NOT NULL,
    compressed INTEGER NOT NULL DEFAULT 0,
    headers TEXT NOT NULL,
    events BLOB,
    canonical_request BLOB,
    body BLOB
);
CREATE INDEX entries_lru ON entries(last_used_ms, created_ms);
CREATE INDEX entries_request ON entries(url, model, created_ms);
CREATE INDEX entries_expiry ON entries(expires_ms);
CREATE TABLE counters (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    hits INTEGER NOT NULL DEFAULT 0,
    misses INTEGER NOT NULL DEFAULT 0,
    saved_usd REAL NOT NULL DEFAULT 0
);
INSERT INTO counters (id) VALUES (1);
)sql",
};

// Bits of the `compressed` column.
constexpr int CompressedBody = 1;
constexpr int CompressedRequest = 2;

// Same threshold as the trace store: below it zstd's frame overhead eats the gain.
constexpr qsizetype CompressAbove = 1024;

// How many of the latest entries for a URL and model explainMiss() compares: enough to find a
// near twin, few enough that a miss explanation costs milliseconds.
constexpr int ExplainCandidates = 50;

QByteArray pack(const QByteArray &data, int bit, int *flags)
{
    if (data.size() <= CompressAbove)
        return data;
    const QByteArray packed = BodyCompression::compress(data);
    // compress() returns nothing on failure; storing the bytes as they are loses nothing.
    if (packed.isEmpty() || packed.size() >= data.size())
        return data;
    *flags |= bit;
    return packed;
}

std::optional<QByteArray> unpack(const QByteArray &stored, int bit, int flags)
{
    if (!(flags & bit))
        return stored;
    QByteArray data = BodyCompression::decompress(stored);
    if (data.isEmpty())
        return std::nullopt; // corrupt: a miss rather than a wrong answer
    return data;
}

// Header fields as a JSON array of [name, value] pairs, like Redaction::headersToJson but
// neither redacted (response headers hold no client credential) nor read as UTF-8: field
// values are octets, and Latin-1 maps each byte to one code point, so any value comes back
// byte for byte (UTF-8 decoding would replace invalid bytes).
QString headersToJson(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers.fields())
        array.append(QJsonArray {QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<HttpHeaders> headersFromJson(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    HttpHeaders headers;
    for (const QJsonValue &field : document.array()) {
        const QJsonArray pair = field.toArray();
        if (pair.size() != 2)
            return std::nullopt;
        headers.append(pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1());
    }
    return headers;
}

// Events as 16 bytes each: offset in ns and length, little-endian 64-bit. A stream has
// thousands of events; this is exact and a quarter of their JSON's size.
QByteArray eventsToBlob(const QList<CacheEntry::Event> &events)
{
    QByteArray blob(events.size() * 16, Qt::Uninitialized);
    char *p = blob.data();
    for (const CacheEntry::Event &event : events) {
        qToLittleEndian<qint64>(event.offsetNs, p);
        qToLittleEndian<qint64>(event.length, p + 8);
        p += 16;
    }
    return blob;
}

std::optional<QList<CacheEntry::Event>> eventsFromBlob(const QByteArray &blob)
{
    if (blob.size() % 16 != 0)
        return std::nullopt;
    QList<CacheEntry::Event> events;
    events.reserve(blob.size() / 16);
    for (const char *p = blob.constData(), *end = p + blob.size(); p < end; p += 16)
        events.append({qFromLittleEndian<qint64>(p), qFromLittleEndian<qint64>(p + 8)});
    return events;
}

// URLs and credential hashes are bytes, mostly ASCII: Latin-1 keeps them readable in the
// file and exact on the way back.
QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes);
}

// The canonical request as a JSON value; a body that is not JSON compares as one string.
QJsonValue requestValue(const QByteArray &canonical)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(canonical, &parseError);
    if (parseError.error == QJsonParseError::NoError) {
        if (document.isObject())
            return document.object();
        if (document.isArray())
            return document.array();
    }
    return QString::fromUtf8(canonical);
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

struct CacheStore::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : find(db)
        , insert(db)
        , touch(db)
        , count(db)
    {
        for (QSqlQuery *query : {&find, &insert, &touch, &count})
            query->setForwardOnly(true);
    }

    QSqlQuery find;
    QSqlQuery insert;
    QSqlQuery touch;
    QSqlQuery count;
};

CacheStore::CacheStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

CacheStore::~CacheStore()
{
    // Prepared queries first: a connection cannot be removed while statements still use it.
    m_statements.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString CacheStore::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("cache.sqlite"));
}

QSqlDatabase CacheStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool CacheStore::isOpen() const
{
    return m_statements != nullptr;
}

bool CacheStore::open(QString *error)
{
    if (!SqliteFile::openPrivateWal(m_path, m_connectionName, {}, error))
        return false;
    QSqlDatabase db = database();
    static_assert(std::size(Migrations) == SchemaVersion);
    if (!SqliteFile::migrate(db, Migrations, SchemaVersion, SchemaVersion,
                             QCoreApplication::translate("CacheStore", "cache database"), error))
        return false;

    auto statements = std::make_unique<Statements>(db);
    const struct
    {
        QSqlQuery *query;
        const char *sql;
    } prepared[] = {
            {&statements->find,
             "SELECT url, model, credential_hash, status, stream, created_ms, expires_ms, "
             "last_used_ms, cost_usd, compressed, headers, events, canonical_request, body "
             "FROM entries WHERE key = ? AND expires_ms > ?"},
            {&statements->insert,
             "INSERT OR REPLACE INTO entries (key, url, model, credential_hash, status, stream, "
             "created_ms, expires_ms, last_used_ms, cost_usd, size_bytes, compressed, headers, "
             "events, canonical_request, body) VALUES (?, ifnull(?, ''), ifnull(?, ''), "
             "ifnull(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            // max(): uses reported out of order never move an entry back in the LRU order.
            {&statements->touch,
             "UPDATE entries SET last_used_ms = max(last_used_ms, ?) WHERE key = ?"},
            {&statements->count,
             "UPDATE counters SET hits = hits + ?, misses = misses + ?, saved_usd = saved_usd + "
             "? WHERE id = 1"},
    };
    for (const auto &[query, sql] : prepared) {
        if (!query->prepare(QLatin1String(sql))) {
            *error = query->lastError().text();
            return false;
        }
    }
    m_statements = std::move(statements);
    return true;
}

std::optional<CacheEntry> CacheStore::find(const QByteArray &key, qint64 nowMs)
{
    if (!m_statements)
        return std::nullopt;
    QSqlQuery &query = m_statements->find;
    query.bindValue(0, key);
    query.bindValue(1, nowMs);
    if (!query.exec() || !query.next()) {
        query.finish();
        return std::nullopt;
    }
    CacheEntry e;
    e.key = key;
    e.url = query.value(0).toString().toLatin1();
    e.model = query.value(1).toString();
    e.credentialHash = query.value(2).toString().toLatin1();
    e.status = query.value(3).toInt();
    e.stream = query.value(4).toInt() != 0;
    e.createdMs = query.value(5).toLongLong();
    e.expiresMs = query.value(6).toLongLong();
    e.lastUsedMs = query.value(7).toLongLong();
    if (!query.value(8).isNull())
        e.costUsd = query.value(8).toDouble();
    const int flags = query.value(9).toInt();
    const std::optional<HttpHeaders> headers = headersFromJson(query.value(10).toString());
    const std::optional<QList<CacheEntry::Event>> events =
            eventsFromBlob(query.value(11).toByteArray());
    const std::optional<QByteArray> request =
            unpack(query.value(12).toByteArray(), CompressedRequest, flags);
    const std::optional<QByteArray> body =
            unpack(query.value(13).toByteArray(), CompressedBody, flags);
    // Ends the read transaction: a statement left pending would pin the WAL snapshot.
    query.finish();
    if (!headers || !events || !request || !body)
        return std::nullopt; // a damaged row is a miss, never a wrong reply
    e.headers = *headers;
    e.events = *events;
    e.canonicalRequest = *request;
    e.body = *body;
    return e;
}

bool CacheStore::put(const QList<CacheEntry> &entries, QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("CacheStore", "the cache store is not open");
        return false;
    }
    QSqlDatabase db = database();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery &insert = m_statements->insert;
    for (const CacheEntry &e : entries) {
        int flags = 0;
        const QByteArray request = pack(e.canonicalRequest, CompressedRequest, &flags);
        const QByteArray body = pack(e.body, CompressedBody, &flags);
        int i = 0;
        insert.bindValue(i++, e.key);
        insert.bindValue(i++, latin1(e.url));
        insert.bindValue(i++, e.model);
        insert.bindValue(i++, latin1(e.credentialHash));
        insert.bindValue(i++, e.status);
        insert.bindValue(i++, e.stream ? 1 : 0);
        insert.bindValue(i++, e.createdMs);
        insert.bindValue(i++, e.expiresMs);
        insert.bindValue(i++, e.lastUsedMs);
        insert.bindValue(i++, e.costUsd ? QVariant(*e.costUsd) : QVariant());
        insert.bindValue(i++, e.sizeBytes());
        insert.bindValue(i++, flags);
        insert.bindValue(i++, headersToJson(e.headers));
        insert.bindValue(i++, e.events.isEmpty() ? QVariant() : QVariant(eventsToBlob(e.events)));
        insert.bindValue(i++, request);
        insert.bindValue(i++, body);
        if (!exec(insert, error))
            return false; // the guard rolls the whole batch back
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool CacheStore::recordUse(const QList<std::pair<QByteArray, qint64>> &keysUsedAtMs, qint64 hits,
                           qint64 misses, double savedUsd, QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("CacheStore", "the cache store is not open");
        return false;
    }
    QSqlDatabase db = database();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery &touch = m_statements->touch;
    for (const auto &[key, usedMs] : keysUsedAtMs) {
        // An entry evicted or replaced meanwhile matches nothing, which is fine.
        touch.bindValue(0, usedMs);
        touch.bindValue(1, key);
        if (!exec(touch, error))
            return false;
    }
    if (hits != 0 || misses != 0 || savedUsd != 0) {
        QSqlQuery &count = m_statements->count;
        count.bindValue(0, hits);
        count.bindValue(1, misses);
        count.bindValue(2, savedUsd);
        if (!exec(count, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

qint64 CacheStore::evictToFit(qint64 maxBytes, QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("CacheStore", "the cache store is not open");
        return 0;
    }
    QSqlDatabase db = database();
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        *error = db.lastError().text();
        return 0;
    }
    // Keeps the longest run of most recently used entries that fits, which is what deleting
    // the least recently used one by one until the rest fits leaves, in one statement. The key
    // makes the order total, so the result does not depend on the scan.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
            "DELETE FROM entries WHERE rowid IN (SELECT id FROM (SELECT rowid AS id, "
            "sum(size_bytes) OVER (ORDER BY last_used_ms DESC, created_ms DESC, key DESC ROWS "
            "BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS kept FROM entries) WHERE kept > ?)"));
    query.bindValue(0, maxBytes);
    if (!exec(query, error))
        return 0;
    const qint64 evicted = query.numRowsAffected();
    if (!transaction.commit()) {
        *error = db.lastError().text();
        return 0;
    }
    return evicted;
}

qint64 CacheStore::purgeExpired(qint64 nowMs, QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("CacheStore", "the cache store is not open");
        return 0;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM entries WHERE expires_ms <= ?"));
    query.bindValue(0, nowMs);
    // One statement: atomic without a transaction of its own.
    if (!exec(query, error))
        return 0;
    return query.numRowsAffected();
}

bool CacheStore::clear(QString *error)
{
    if (!m_statements) {
        *error = QCoreApplication::translate("CacheStore", "the cache store is not open");
        return false;
    }
    QSqlDatabase db = database();
    {
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery query(db);
        if (!exec(query, QStringLiteral("DELETE FROM entries"), error)
            || !exec(query,
                     QStringLiteral("UPDATE counters SET hits = 0, misses = 0, saved_usd = 0"),
                     error))
            return false;
        if (!transaction.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    // Clearing is how a user takes the space back: return the freed pages to the file system.
    // Best effort: the cache is already empty, a busy file merely stays large until next time.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA incremental_vacuum"));
    return true;
}

CacheStats CacheStore::stats()
{
    CacheStats stats;
    if (!m_statements)
        return stats;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT count(*), ifnull(sum(size_bytes), 0) FROM entries"))
        && query.next()) {
        stats.entries = query.value(0).toLongLong();
        stats.bytes = query.value(1).toLongLong();
    }
    if (query.exec(QStringLiteral("SELECT hits, misses, saved_usd FROM counters WHERE id = 1"))
        && query.next()) {
        stats.hits = query.value(0).toLongLong();
        stats.misses = query.value(1).toLongLong();
        stats.savedUsd = query.value(2).toDouble();
    }
    query.finish();
    return stats;
}

std::optional<CacheMissExplanation> CacheStore::explainMiss(const QByteArray &url,
                                                            const QString &model,
                                                            const QByteArray &credentialHash,
                                                            const QByteArray &canonicalRequest)
{
    if (!m_statements)
        return std::nullopt;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(
            QStringLiteral(
                    "SELECT key, created_ms, credential_hash, compressed, canonical_request FROM "
                    "entries "
                    "WHERE url = ifnull(?, '') AND model = ifnull(?, '') ORDER BY created_ms DESC "
                    "LIMIT %1")
                    .arg(ExplainCandidates));
    query.bindValue(0, latin1(url));
    query.bindValue(1, model);
    if (!query.exec())
        return std::nullopt;
    const QJsonValue wanted = requestValue(canonicalRequest);
    std::optional<CacheMissExplanation> best;
    while (query.next()) {
        const std::optional<QByteArray> request =
                unpack(query.value(4).toByteArray(), CompressedRequest, query.value(3).toInt());
        if (!request)
            continue;
        CacheMissExplanation candidate;
        candidate.nearestKey = query.value(0).toByteArray();
        candidate.nearestCreatedMs = query.value(1).toLongLong();
        candidate.sameCredential = query.value(2).toString().toLatin1() == credentialHash;
        candidate.differingPaths = JsonDiff::differingPaths(requestValue(*request), wanted);
        // Fewest differences wins; on a tie the same credential, then the newest (rows come
        // newest first, so a later candidate must be strictly better).
        const bool better = !best || candidate.differingPaths.size() < best->differingPaths.size()
                || (candidate.differingPaths.size() == best->differingPaths.size()
                    && candidate.sameCredential && !best->sameCredential);
        if (better)
            best = std::move(candidate);
    }
    query.finish();
    return best;
}
