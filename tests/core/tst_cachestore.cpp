#include "cache/cachestore.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 Now = 1'767'225'600'000; // 2026-01-01 in Unix ms
constexpr qint64 Hour = 3'600'000;

QByteArray keyOf(int i)
{
    // 32 bytes like a SHA-256, including bytes that are not valid text.
    QByteArray key(32, char(0xA5));
    key[0] = char(i);
    key[31] = '\0';
    return key;
}

QByteArray request(const char *temperature, const char *question)
{
    return QByteArrayLiteral(R"({"messages":[{"content":"be brief","role":"system"},{"content":")")
            + QByteArray(question)
            + QByteArrayLiteral(R"(","role":"user"}],"model":"gpt-4o-mini","temperature":)")
            + QByteArray(temperature) + '}';
}

CacheEntry entry(int i)
{
    CacheEntry e;
    e.key = keyOf(i);
    e.url = "https://api.openai.com:443/v1/chat/completions";
    e.model = QStringLiteral("gpt-4o-mini");
    e.credentialHash = QByteArray(64, 'c');
    e.canonicalRequest = request("0.2", "what is the capital of france");
    e.status = 200;
    e.headers.append("Content-Type", "application/json");
    e.headers.append("openai-processing-ms", "412");
    e.headers.append("Set-Cookie", "a=1");
    e.headers.append("set-cookie", "b=\xe9\xff"); // not UTF-8: must come back as bytes
    e.body = R"({"id":"chatcmpl-1","choices":[{"message":{"content":"Paris"}}]})";
    e.createdMs = Now + i;
    e.expiresMs = Now + Hour;
    e.lastUsedMs = Now + i;
    e.costUsd = 0.000345;
    return e;
}

CacheEntry streamedEntry(int i)
{
    CacheEntry e = entry(i);
    e.headers.clear();
    e.headers.append("Content-Type", "text/event-stream");
    e.stream = true;
    e.body.clear();
    for (int n = 0; n < 200; ++n) {
        const QByteArray event = "data: {\"choices\":[{\"delta\":{\"content\":\"piece "
                + QByteArray::number(n) + "\"}}]}\n\n";
        e.body += event;
        e.events.append({1'000'000LL * n + 7, event.size()});
    }
    e.body += "data: [DONE]\n\n";
    e.events.append({9'000'000'000'123LL, 14});
    e.costUsd.reset();
    return e;
}

void compareEntries(const CacheEntry &actual, const CacheEntry &expected)
{
    QCOMPARE(actual.key, expected.key);
    QCOMPARE(actual.url, expected.url);
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.credentialHash, expected.credentialHash);
    QCOMPARE(actual.canonicalRequest, expected.canonicalRequest);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.headers.fields(), expected.headers.fields());
    QCOMPARE(actual.body.size(), expected.body.size());
    QVERIFY(actual.body == expected.body);
    QCOMPARE(actual.stream, expected.stream);
    QCOMPARE(actual.events.size(), expected.events.size());
    for (qsizetype i = 0; i < expected.events.size(); ++i) {
        QCOMPARE(actual.events.at(i).offsetNs, expected.events.at(i).offsetNs);
        QCOMPARE(actual.events.at(i).length, expected.events.at(i).length);
    }
    QCOMPARE(actual.createdMs, expected.createdMs);
    QCOMPARE(actual.expiresMs, expected.expiresMs);
    QCOMPARE(actual.lastUsedMs, expected.lastUsedMs);
    QCOMPARE(actual.costUsd.has_value(), expected.costUsd.has_value());
    if (expected.costUsd)
        QCOMPARE(*actual.costUsd, *expected.costUsd);
}

} // namespace

class TestCacheStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsPrivateWalDatabase()
    {
        QTemporaryDir dir;
        const QString path = CacheStore::databasePath(dir.path());
        QCOMPARE(path, dir.path() + QStringLiteral("/cache.sqlite"));
        CacheStore store(path, QStringLiteral("c1"));
        QVERIFY(!store.isOpen());
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.isOpen());
        // 0600: nobody but the user (group and other bits clear).
        QCOMPARE(QFileInfo(path).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1); // NORMAL
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const CacheStats empty = store.stats();
        QCOMPARE(empty.entries, 0);
        QCOMPARE(empty.bytes, 0);
        QCOMPARE(empty.hits, 0);
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = CacheStore::databasePath(dir.path());
        {
            QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 7")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        CacheStore store(path, QStringLiteral("c2"));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(!store.isOpen());
    }

    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        const QString path = CacheStore::databasePath(dir.path());
        CacheEntry plain = entry(1);
        CacheEntry streamed = streamedEntry(2);
        QVERIFY(streamed.body.size() > 1024); // stored compressed
        CacheEntry binary = entry(3);
        binary.body = QByteArrayLiteral("\x1f\x8b\x08\0\xff\xfe gzip-ish \0\x80");
        binary.headers.clear();
        binary.model.clear();
        binary.credentialHash.clear();
        binary.canonicalRequest = QByteArray(5000, 'q'); // large request: compressed too
        binary.status = 404;
        binary.costUsd = 0.0;
        QString error;
        {
            CacheStore store(path, QStringLiteral("c3"));
            QVERIFY2(store.open(&error), qPrintable(error));
            QVERIFY2(store.put({plain, streamed, binary}, &error), qPrintable(error));
        }
        // Read back through a fresh connection: nothing comes from memory.
        CacheStore store(path, QStringLiteral("c4"));
        QVERIFY2(store.open(&error), qPrintable(error));
        const std::optional<CacheEntry> a = store.find(plain.key, Now);
        QVERIFY(a);
        compareEntries(*a, plain);
        QCOMPARE(a->headers.fields().at(3).second, QByteArray("b=\xe9\xff"));
        const std::optional<CacheEntry> b = store.find(streamed.key, Now);
        QVERIFY(b);
        compareEntries(*b, streamed);
        QVERIFY(!b->costUsd);
        const std::optional<CacheEntry> c = store.find(binary.key, Now);
        QVERIFY(c);
        compareEntries(*c, binary);
        QVERIFY(c->costUsd && *c->costUsd == 0.0); // zero cost is not unknown cost

        QVERIFY(!store.find(keyOf(99), Now));

        // Large bodies and requests are stored compressed (1 body, 2 request), small ones not.
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT compressed, length(body) FROM entries ORDER BY "
                                      "created_ms")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.value(1).toLongLong() < streamed.body.size());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        q.finish();
        const CacheStats stats = store.stats();
        QCOMPARE(stats.entries, 3);
        QCOMPARE(stats.bytes, plain.sizeBytes() + streamed.sizeBytes() + binary.sizeBytes());
    }

    void expiredEntriesAreNotFound()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c5"));
        QString error;
        QVERIFY(store.open(&error));
        const CacheEntry e = entry(1);
        QVERIFY(store.put({e}, &error));
        QVERIFY(store.find(e.key, e.expiresMs - 1));
        QVERIFY(!store.find(e.key, e.expiresMs)); // expires_ms <= now: gone
        QVERIFY(!store.find(e.key, e.expiresMs + Hour));
        QVERIFY(store.find(e.key, Now)); // still stored: only not served
    }

    void replacesOnTheSameKey()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c6"));
        QString error;
        QVERIFY(store.open(&error));
        CacheEntry first = entry(1);
        QVERIFY(store.put({first}, &error));
        CacheEntry second = entry(1);
        second.body = "a different answer";
        second.status = 201;
        second.createdMs = Now + 500;
        second.expiresMs = Now + 2 * Hour;
        QVERIFY(store.put({second}, &error));
        const std::optional<CacheEntry> found = store.find(first.key, Now);
        QVERIFY(found);
        compareEntries(*found, second);
        const CacheStats stats = store.stats();
        QCOMPARE(stats.entries, 1);
        QCOMPARE(stats.bytes, second.sizeBytes());
    }

    void failedBatchLeavesNothing()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c7"));
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.put({entry(1)}, &error));
        // A trigger makes the second row of the batch fail, as a full disk would.
        QVERIFY(QSqlQuery(store.database())
                        .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON entries WHEN "
                                             "new.status = 500 BEGIN SELECT RAISE(ABORT, "
                                             "'refused by test'); END")));
        CacheEntry bad = entry(3);
        bad.status = 500;
        QVERIFY(!store.put({entry(2), bad}, &error));
        QVERIFY2(error.contains(QLatin1String("refused by test")), qPrintable(error));
        QVERIFY(!store.find(keyOf(2), Now));
        QVERIFY(store.find(keyOf(1), Now));
        QCOMPARE(store.stats().entries, 1);
        // And the store still works.
        error.clear();
        QVERIFY2(store.put({entry(4)}, &error), qPrintable(error));
        QCOMPARE(store.stats().entries, 2);
    }

    void evictsLeastRecentlyUsedFirst()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c8"));
        QString error;
        QVERIFY(store.open(&error));
        QList<CacheEntry> entries;
        for (int i = 0; i < 6; ++i)
            entries.append(entry(i)); // created and last used in order 0..5
        QVERIFY(store.put(entries, &error));
        const qint64 each = entries.first().sizeBytes();
        QCOMPARE(store.stats().bytes, 6 * each);
        // 0 and 2 are used now: the least recently used are 1, 3, 4, 5 in that order.
        QVERIFY2(store.recordUse({{keyOf(0), Now + 100}, {keyOf(2), Now + 101}}, 2, 0, 0.5, &error),
                 qPrintable(error));
        QCOMPARE(store.evictToFit(6 * each, &error), 0); // already fits
        QCOMPARE(store.evictToFit(4 * each - 1, &error), 3); // room for 3 entries only
        QVERIFY(!store.find(keyOf(1), Now));
        QVERIFY(!store.find(keyOf(3), Now));
        QVERIFY(!store.find(keyOf(4), Now));
        QVERIFY(store.find(keyOf(5), Now));
        QVERIFY(store.find(keyOf(0), Now));
        const std::optional<CacheEntry> used = store.find(keyOf(2), Now);
        QVERIFY(used);
        QCOMPARE(used->lastUsedMs, Now + 101);
        CacheStats stats = store.stats();
        QCOMPARE(stats.entries, 3);
        QVERIFY(stats.bytes <= 4 * each - 1);
        QCOMPARE(stats.bytes, 3 * each);
        QCOMPARE(stats.hits, 2);
        QCOMPARE(stats.savedUsd, 0.5);

        // A use reported late does not move an entry back in the order.
        QVERIFY(store.recordUse({{keyOf(0), Now + 50}}, 0, 0, 0, &error));
        QCOMPARE(store.find(keyOf(0), Now)->lastUsedMs, Now + 100);
        // Next to go: 5 (used Now + 5), then 0.
        QCOMPARE(store.evictToFit(2 * each, &error), 1);
        QVERIFY(!store.find(keyOf(5), Now));
        QCOMPARE(store.evictToFit(0, &error), 2);
        QCOMPARE(store.stats().entries, 0);
        QCOMPARE(store.stats().bytes, 0);
    }

    void equalUseTimesEvictTheOlderEntry()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c9"));
        QString error;
        QVERIFY(store.open(&error));
        CacheEntry older = entry(2);
        older.createdMs = Now - 10;
        CacheEntry newer = entry(1);
        older.lastUsedMs = newer.lastUsedMs = Now;
        QVERIFY(store.put({newer, older}, &error));
        QCOMPARE(store.evictToFit(newer.sizeBytes(), &error), 1);
        QVERIFY(!store.find(older.key, Now));
        QVERIFY(store.find(newer.key, Now));
    }

    void purgesExpiredEntries()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c10"));
        QString error;
        QVERIFY(store.open(&error));
        QList<CacheEntry> entries = {entry(1), entry(2), entry(3)};
        entries[0].expiresMs = Now + 10;
        entries[1].expiresMs = Now + 20;
        entries[2].expiresMs = Now + 30;
        QVERIFY(store.put(entries, &error));
        QCOMPARE(store.purgeExpired(Now, &error), 0);
        QCOMPARE(store.purgeExpired(Now + 20, &error), 2); // expires_ms <= now
        QCOMPARE(store.stats().entries, 1);
        QCOMPARE(store.stats().bytes, entries[2].sizeBytes());
        QVERIFY(store.find(keyOf(3), Now));
    }

    void clearRemovesEntriesAndCounters()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c11"));
        QString error;
        QVERIFY(store.open(&error));
        QVERIFY(store.put({entry(1), entry(2)}, &error));
        QVERIFY(store.recordUse({{keyOf(1), Now + 1}}, 3, 4, 1.25, &error));
        QVERIFY2(store.clear(&error), qPrintable(error));
        const CacheStats stats = store.stats();
        QCOMPARE(stats.entries, 0);
        QCOMPARE(stats.bytes, 0);
        QCOMPARE(stats.hits, 0);
        QCOMPARE(stats.misses, 0);
        QCOMPARE(stats.savedUsd, 0.0);
        QVERIFY(!store.find(keyOf(1), Now));
        // Usable afterwards.
        QVERIFY(store.put({entry(3)}, &error));
        QVERIFY(store.recordUse({}, 1, 0, 0, &error));
        QCOMPARE(store.stats().hits, 1);
    }

    void countersPersistAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = CacheStore::databasePath(dir.path());
        QString error;
        {
            CacheStore store(path, QStringLiteral("c12"));
            QVERIFY(store.open(&error));
            QVERIFY(store.put({entry(1)}, &error));
            QVERIFY(store.recordUse({{keyOf(1), Now + 5}}, 1, 2, 0.25, &error));
            QVERIFY(store.recordUse({}, 4, 1, 0.5, &error));
        }
        CacheStore store(path, QStringLiteral("c13"));
        QVERIFY2(store.open(&error), qPrintable(error));
        const CacheStats stats = store.stats();
        QCOMPARE(stats.entries, 1);
        QCOMPARE(stats.bytes, entry(1).sizeBytes());
        QCOMPARE(stats.hits, 5);
        QCOMPARE(stats.misses, 3);
        QCOMPARE(stats.savedUsd, 0.75);
        QCOMPARE(store.find(keyOf(1), Now)->lastUsedMs, Now + 5);
    }

    void explainsAMissByTheNearestEntry()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c14"));
        QString error;
        QVERIFY(store.open(&error));

        CacheEntry near = entry(1);
        near.canonicalRequest = request("0.2", "what is the capital of france");
        CacheEntry far = entry(2);
        far.canonicalRequest =
                R"({"messages":[{"content":"hi","role":"user"}],"model":"gpt-4o-mini","temperature":1})";
        CacheEntry otherModel = entry(3);
        otherModel.model = QStringLiteral("gpt-4o");
        otherModel.canonicalRequest = request("0.7", "what is the capital of spain");
        CacheEntry otherUrl = entry(4);
        otherUrl.url = "https://api.openai.com:443/v1/responses";
        otherUrl.canonicalRequest = otherModel.canonicalRequest;
        QVERIFY(store.put({near, far, otherModel, otherUrl}, &error));

        const QByteArray wanted = request("0.7", "what is the capital of spain");
        const std::optional<CacheMissExplanation> why =
                store.explainMiss(near.url, near.model, near.credentialHash, wanted);
        QVERIFY(why);
        QCOMPARE(why->nearestKey, near.key);
        QCOMPARE(why->nearestCreatedMs, near.createdMs);
        QVERIFY(why->sameCredential);
        QCOMPARE(why->differingPaths,
                 QStringList(
                         {QStringLiteral("messages[1].content"), QStringLiteral("temperature")}));

        // Nothing stored for this URL and model.
        QVERIFY(!store.explainMiss("https://example.com/v1/chat/completions", near.model,
                                   near.credentialHash, wanted));
        QVERIFY(!store.explainMiss(near.url, QStringLiteral("o3"), near.credentialHash, wanted));
    }

    void explainMissPrefersTheSameCredentialOnTies()
    {
        QTemporaryDir dir;
        CacheStore store(CacheStore::databasePath(dir.path()), QStringLiteral("c15"));
        QString error;
        QVERIFY(store.open(&error));
        // Equal requests under two credentials; the other credential's entry is newer.
        CacheEntry mine = entry(1);
        mine.credentialHash = QByteArray(64, 'a');
        mine.createdMs = Now;
        CacheEntry theirs = entry(2);
        theirs.credentialHash = QByteArray(64, 'b');
        theirs.createdMs = Now + 1000;
        QVERIFY(store.put({mine, theirs}, &error));

        std::optional<CacheMissExplanation> why =
                store.explainMiss(mine.url, mine.model, mine.credentialHash, mine.canonicalRequest);
        QVERIFY(why);
        QCOMPARE(why->nearestKey, mine.key);
        QVERIFY(why->sameCredential);
        QVERIFY(why->differingPaths.isEmpty()); // equal requests: expired or another key

        // A credential matching neither: the newest of the equally near entries, flagged.
        why = store.explainMiss(mine.url, mine.model, QByteArray(64, 'z'), mine.canonicalRequest);
        QVERIFY(why);
        QCOMPARE(why->nearestKey, theirs.key);
        QVERIFY(!why->sameCredential);

        // Fewer differences beat the same credential.
        const QByteArray changed = request("0.9", "what is the capital of france");
        CacheEntry closer = entry(3);
        closer.credentialHash = QByteArray(64, 'b');
        closer.canonicalRequest = changed;
        closer.createdMs = Now - 1000;
        QVERIFY(store.put({closer}, &error));
        why = store.explainMiss(mine.url, mine.model, mine.credentialHash, changed);
        QVERIFY(why);
        QCOMPARE(why->nearestKey, closer.key);
        QVERIFY(!why->sameCredential);
        QVERIFY(why->differingPaths.isEmpty());
    }

    void closedStoreReportsErrors()
    {
        CacheStore store(QStringLiteral("/nonexistent-dir/cache.sqlite"), QStringLiteral("c16"));
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!store.put({entry(1)}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.find(keyOf(1), Now));
        QCOMPARE(store.stats().entries, 0);
    }
};

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cachestore.moc"
