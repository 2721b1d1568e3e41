#include "export/otlpretrypolicy.h"

#include <QTest>

using Outcome = OtlpRetryPolicy::Outcome;

class TestOtlpRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("200") << 200 << Outcome::Delivered;
        QTest::newRow("202") << 202 << Outcome::Delivered;
        QTest::newRow("no answer") << 0 << Outcome::Retry;
        QTest::newRow("429") << 429 << Outcome::Retry;
        QTest::newRow("502") << 502 << Outcome::Retry;
        QTest::newRow("503") << 503 << Outcome::Retry;
        QTest::newRow("504") << 504 << Outcome::Retry;
        QTest::newRow("413") << 413 << Outcome::Split;
        QTest::newRow("400") << 400 << Outcome::Drop;
        QTest::newRow("401") << 401 << Outcome::Drop;
        QTest::newRow("404") << 404 << Outcome::Drop;
        QTest::newRow("408 (old spec only)") << 408 << Outcome::Drop;
        QTest::newRow("500") << 500 << Outcome::Drop;
        QTest::newRow("301") << 301 << Outcome::Drop;
    }
    void outcomes()
    {
        QFETCH(int, status);
        QFETCH(Outcome, outcome);
        QCOMPARE(OtlpRetryPolicy::outcome(status), outcome);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("http date") << QByteArray("Tue, 01 Sep 2026 10:00:30 GMT") << qint64(30'000);
        QTest::newRow("date in the past")
                << QByteArray("Tue, 01 Sep 2026 09:00:00 GMT") << qint64(0);
        QTest::newRow("capped") << QByteArray("86400") << qint64(600'000);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now =
                QDateTime::fromString(QStringLiteral("2026-09-01T10:00:00Z"), Qt::ISODate);
        const OtlpRetryPolicy policy;
        const std::optional<qint64> ms = policy.retryAfterMs(value, now);
        QCOMPARE(ms.value_or(-1), expectedMs);
    }

    void exponentialBackoffWithJitter()
    {
        OtlpRetryPolicy policy;
        policy.initialBackoffMs = 100;
        policy.maxBackoffMs = 1000;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Jitter factor from 0.5 (random 0) to 1 (random → 1).
        QCOMPARE(policy.delayMs(1, {}, now, 0.0), 50);
        QCOMPARE(policy.delayMs(1, {}, now, 0.999999), 99);
        QCOMPARE(policy.delayMs(2, {}, now, 0.0), 100);
        QCOMPARE(policy.delayMs(3, {}, now, 0.0), 200);
        QCOMPARE(policy.delayMs(10, {}, now, 0.0), 500); // capped at max before jitter
        // Retry-After wins over backoff, with the (shortened) unit.
        policy.retryAfterUnitMs = 10;
        QCOMPARE(policy.delayMs(1, "3", now, 0.0), 30);
    }
};

QTEST_GUILESS_MAIN(TestOtlpRetryPolicy)
#include "tst_otlpretrypolicy.moc"
