#include "trace/tracefilter.h"

#include <QTest>

class TestTraceFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("params");
        QTest::newRow("empty") << QString() << QStringLiteral("1") << QVariantList();
        QTest::newRow("model glob")
                << QStringLiteral("model:gpt-4o*") << QStringLiteral("(t.model GLOB ?)")
                << QVariantList {QStringLiteral("gpt-4o*")};
        QTest::newRow("status") << QStringLiteral("status:>=400")
                                << QStringLiteral("(t.status >= ?)") << QVariantList {400};
        QTest::newRow("status class")
                << QStringLiteral("status:5xx") << QStringLiteral("(t.status BETWEEN ? AND ?)")
                << QVariantList {500, 599};
        QTest::newRow("cache") << QStringLiteral("cache:hit") << QStringLiteral("(t.cache = ?)")
                               << QVariantList {QStringLiteral("HIT")};
        QTest::newRow("stream") << QStringLiteral("stream:yes") << QStringLiteral("(t.stream = ?)")
                                << QVariantList {1};
        QTest::newRow("cost") << QStringLiteral("cost:>0.01") << QStringLiteral("(t.cost_usd > ?)")
                              << QVariantList {0.01};
        QTest::newRow("duration") << QStringLiteral("duration:>2s")
                                  << QStringLiteral("(t.duration_ms > ?)") << QVariantList {2000.0};
        QTest::newRow("ttft ms") << QStringLiteral("ttft:<500ms")
                                 << QStringLiteral("(t.ttft_ms < ?)") << QVariantList {500.0};
        QTest::newRow("negated user")
                << QStringLiteral("-user:bob") << QStringLiteral("NOT coalesce((t.user = ?), 0)")
                << QVariantList {QStringLiteral("bob")};
        QTest::newRow("tag") << QStringLiteral("tag:eval")
                             << QStringLiteral("(t.id IN (SELECT trace_rowid FROM trace_tags "
                                               "WHERE tag = ?))")
                             << QVariantList {QStringLiteral("eval")};
        QTest::newRow("free text phrase")
                << QStringLiteral("\"refund policy\"")
                << QStringLiteral("(t.id IN (SELECT rowid FROM traces_fts WHERE traces_fts MATCH "
                                  "?))")
                << QVariantList {QStringLiteral("\"refund\" \"policy\"")};
        QTest::newRow("free text cut into words, prefix")
                << QStringLiteral("\"gpt-4o refu*\"")
                << QStringLiteral("(t.id IN (SELECT rowid FROM traces_fts WHERE traces_fts MATCH "
                                  "?))")
                << QVariantList {QStringLiteral("\"gpt\" \"4o\" \"refu\" *")};
        QTest::newRow("two terms") << QStringLiteral("model:gpt-4o status:200")
                                   << QStringLiteral("(t.model = ?) AND (t.status = ?)")
                                   << QVariantList {QStringLiteral("gpt-4o"), 200};
        QTest::newRow("not-equal tag is a negation")
                << QStringLiteral("tag:!=eval")
                << QStringLiteral("NOT coalesce((t.id IN (SELECT trace_rowid FROM trace_tags "
                                  "WHERE tag = ?)), 0)")
                << QVariantList {QStringLiteral("eval")};
        QTest::newRow("not-equal glob") << QStringLiteral("model:!=gpt-4*")
                                        << QStringLiteral("NOT coalesce((t.model GLOB ?), 0)")
                                        << QVariantList {QStringLiteral("gpt-4*")};
        QTest::newRow("mitmproxy alias")
                << QStringLiteral("~m gpt-4o") << QStringLiteral("(t.model = ?)")
                << QVariantList {QStringLiteral("gpt-4o")};
        QTest::newRow("errors alias")
                << QStringLiteral("~e") << QStringLiteral("(t.status >= ?)") << QVariantList {400};
        const QString fts =
                QStringLiteral("(t.id IN (SELECT rowid FROM traces_fts WHERE traces_fts MATCH ?))");
        // Quoted from the start, a term is words to search for, even when it looks like a field.
        QTest::newRow("quoted phrase with a colon")
                << QStringLiteral("\"error: context length\"") << fts
                << QVariantList {QStringLiteral("\"error\" \"context\" \"length\"")};
        QTest::newRow("quoted address")
                << QStringLiteral("\"https://example.com\"") << fts
                << QVariantList {QStringLiteral("\"https\" \"example\" \"com\"")};
        QTest::newRow("negated phrase")
                << QStringLiteral("-\"refund policy\"")
                << QStringLiteral("NOT coalesce((t.id IN (SELECT rowid FROM traces_fts WHERE "
                                  "traces_fts MATCH ?)), 0)")
                << QVariantList {QStringLiteral("\"refund\" \"policy\"")};
        // A value quoted after the colon is literal: operators and wildcards are part of it.
        QTest::newRow("quoted operator")
                << QStringLiteral("user:\">admin\"") << QStringLiteral("(t.user = ?)")
                << QVariantList {QStringLiteral(">admin")};
        QTest::newRow("quoted equals")
                << QStringLiteral("user:\"=x\"") << QStringLiteral("(t.user = ?)")
                << QVariantList {QStringLiteral("=x")};
        QTest::newRow("quoted wildcard")
                << QStringLiteral("model:\"a*b\"") << QStringLiteral("(t.model = ?)")
                << QVariantList {QStringLiteral("a*b")};
        QTest::newRow("operator before quotes")
                << QStringLiteral("status:>=\"400\"") << QStringLiteral("(t.status >= ?)")
                << QVariantList {400};
        QTest::newRow("alias, quoted value")
                << QStringLiteral("~m \"claude*\"") << QStringLiteral("(t.model = ?)")
                << QVariantList {QStringLiteral("claude*")};
        // Tags and tools match case-sensitively like every exact term, globs included.
        QTest::newRow("tag glob") << QStringLiteral("tag:EV*")
                                  << QStringLiteral("(t.id IN (SELECT trace_rowid FROM trace_tags "
                                                    "WHERE tag GLOB ?))")
                                  << QVariantList {QStringLiteral("EV*")};
        QTest::newRow("tool glob") << QStringLiteral("tool:get_*")
                                   << QStringLiteral("((',' || t.tool_names || ',') GLOB ?)")
                                   << QVariantList {QStringLiteral("*,get_*,*")};
        QTest::newRow("tool literal") << QStringLiteral("tool:\"a*[b]\"")
                                      << QStringLiteral("((',' || t.tool_names || ',') GLOB ?)")
                                      << QVariantList {QStringLiteral("*,a[*][[]b],*")};
        // "!=" is a negation for every kind, so it matches unknown values as "-" does.
        QTest::newRow("not-equal cache") << QStringLiteral("cache:!=bypass")
                                         << QStringLiteral("NOT coalesce((t.cache = ?), 0)")
                                         << QVariantList {QStringLiteral("BYPASS")};
        QTest::newRow("not-equal status class")
                << QStringLiteral("status:!=5xx")
                << QStringLiteral("NOT coalesce((t.status BETWEEN ? AND ?), 0)")
                << QVariantList {500, 599};
        QTest::newRow("no cache") << QStringLiteral("cache:none")
                                  << QStringLiteral("(t.cache IS NULL)") << QVariantList {};
        QTest::newRow("not-equal cost")
                << QStringLiteral("cost:!=0") << QStringLiteral("NOT coalesce((t.cost_usd = ?), 0)")
                << QVariantList {0.0};
        QTest::newRow("operators quoted are words")
                << QStringLiteral("\"(see)\"") << fts << QVariantList {QStringLiteral("\"see\"")};
        // A term still being typed filters nothing out.
        QTest::newRow("empty quotes, lone dash")
                << QStringLiteral("\"\" - model:x") << QStringLiteral("(t.model = ?)")
                << QVariantList {QStringLiteral("x")};
        // A date alone: since its start, until its end (the day named is included).
        const qint64 ns = 1'000'000;
        QTest::newRow("days") << QStringLiteral("since:2026-11-20 until:2026-11-22")
                              << QStringLiteral("(t.start_ns >= ?) AND (t.start_ns < ?)")
                              << QVariantList {
                                         QDate(2026, 11, 20).startOfDay().toMSecsSinceEpoch() * ns,
                                         QDate(2026, 11, 23).startOfDay().toMSecsSinceEpoch() * ns};
        QTest::newRow("until a time")
                << QStringLiteral("until:2026-11-22T12:00") << QStringLiteral("(t.start_ns < ?)")
                << QVariantList {QDateTime(QDate(2026, 11, 22), QTime(12, 0)).toMSecsSinceEpoch()
                                 * ns};
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, sql);
        QFETCH(QVariantList, params);
        QString error;
        const auto filter = TraceFilter::parse(text, &error);
        QVERIFY2(filter, qPrintable(error));
        QVariantList actual;
        QCOMPARE(filter->sqlWhere(&actual), sql);
        QCOMPARE(actual, params);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown field") << QStringLiteral("colour:red") << QStringLiteral("colour");
        QTest::newRow("no value") << QStringLiteral("model:") << QStringLiteral("needs a value");
        QTest::newRow("bad number") << QStringLiteral("cost:>cheap") << QStringLiteral("cheap");
        QTest::newRow("bad status") << QStringLiteral("status:abc") << QStringLiteral("abc");
        QTest::newRow("ordered text") << QStringLiteral("model:>gpt") << QStringLiteral("gpt");
        QTest::newRow("bad bool") << QStringLiteral("stream:maybe") << QStringLiteral("maybe");
        QTest::newRow("open quote")
                << QStringLiteral("\"unfinished") << QStringLiteral("not closed");
        QTest::newRow("bad date") << QStringLiteral("since:yesterdayish")
                                  << QStringLiteral("yesterdayish");
        QTest::newRow("colon missing")
                << QStringLiteral("cost>0.001") << QStringLiteral("did you mean 'cost:>0.001'");
        QTest::newRow("and") << QStringLiteral("~m gpt-4o & ~c 200") << QStringLiteral("no OR");
        QTest::newRow("or") << QStringLiteral("~c 429 | ~c 500") << QStringLiteral("'|'");
        QTest::newRow("group") << QStringLiteral("(model:gpt-4o)")
                               << QStringLiteral("cannot be grouped");
        QTest::newRow("alias value checked")
                << QStringLiteral("~c >=400") << QStringLiteral("'>=400' is not a valid value");
        QTest::newRow("alias bad status") << QStringLiteral("~c abc") << QStringLiteral("abc");
        QTest::newRow("quoted value checked")
                << QStringLiteral("cost:\">1\"") << QStringLiteral("'>1' is not a valid value");
        QTest::newRow("colon missing, equals") << QStringLiteral("-model=gpt-4o")
                                               << QStringLiteral("did you mean '-model:gpt-4o'");
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        QString error;
        QVERIFY(!TraceFilter::parse(text, &error));
        QVERIFY2(error.contains(fragment), qPrintable(error));
    }

    void quotesAndSplitsTerms()
    {
        QCOMPARE(TraceFilter::quoteValue(QStringLiteral("gpt-4o")), QStringLiteral("gpt-4o"));
        QCOMPARE(TraceFilter::quoteValue(QStringLiteral("my session")),
                 QStringLiteral("\"my session\""));
        QCOMPARE(TraceFilter::quoteValue(QStringLiteral("a\"b\\c")),
                 QStringLiteral("\"a\\\"b\\\\c\""));
        QCOMPARE(TraceFilter::term(QStringLiteral("session"), QStringLiteral("x y")),
                 QStringLiteral("session:\"x y\""));
        // What term() writes parses back to the same value.
        const QString odd = QStringLiteral("he said \"hi\" \\ bye");
        QString error;
        const auto filter =
                TraceFilter::parse(TraceFilter::term(QStringLiteral("user"), odd), &error);
        QVERIFY2(filter, qPrintable(error));
        QCOMPARE(filter->terms().size(), 1);
        QCOMPARE(filter->terms().first().value, odd);
        // Values that look like operators or globs come back as themselves.
        for (const QString &value :
             {QStringLiteral("=x"), QStringLiteral(">admin"), QStringLiteral("a*b"),
              QStringLiteral("-"), QStringLiteral("!x?")}) {
            const auto back =
                    TraceFilter::parse(TraceFilter::term(QStringLiteral("user"), value), &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->terms().size(), 1);
            QCOMPARE(back->terms().first().value, value);
            QCOMPARE(back->terms().first().op, QStringLiteral("="));
            QVERIFY(!back->terms().first().negated);
        }
        QCOMPARE(TraceFilter::splitTerms(QStringLiteral(" model:\"a b\"  -user:x \"q \\\" r\" ")),
                 (QStringList {QStringLiteral("model:\"a b\""), QStringLiteral("-user:x"),
                               QStringLiteral("\"q \\\" r\"")}));
    }
};

QTEST_GUILESS_MAIN(TestTraceFilter)
#include "tst_tracefilter.moc"
