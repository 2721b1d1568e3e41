#include "trace/searchtext.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The word list must give the full-text index exactly the terms the whole text gives it.
class TestSearchText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsEachWordOnceFoldingAsciiCase()
    {
        QCOMPARE(SearchText::distinctWords(u"The cat saw the CAT, and the dog."),
                 QByteArray("the cat saw and dog"));
        QCOMPARE(SearchText::distinctWords(u""), QByteArray());
        QCOMPARE(SearchText::distinctWords(u"  ,;  "), QByteArray());
        QCOMPARE(SearchText::distinctWords(u"gpt-4o_mini v2.1"), QByteArray("gpt 4o mini v2 1"));
    }

    void leavesNonAsciiToTheTokenizer()
    {
        // Non-ASCII letters are not folded here (the tokenizer folds them): both forms stay.
        QCOMPARE(SearchText::distinctWords(u"Ärger ärger Straße—Weg"),
                 QStringLiteral("Ärger ärger straße—weg").toUtf8());
    }

    void keepsEveryDistinctWordOfALongText()
    {
        // Past the word set's first capacity: it grows and keeps every word exactly once.
        QString text;
        QByteArray expected;
        for (int i = 0; i < 5000; ++i) {
            const QString word = QStringLiteral("w%1").arg(i);
            text += word + u' ' + word.toUpper() + u' ';
            expected += (i ? " " : "") + word.toUtf8();
        }
        QCOMPARE(SearchText::distinctWords(text), expected);
    }

    void indexesTheSameTermsAsTheWholeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("english") << QStringLiteral(
                "Hello, world! The world says hello back: HELLO (again) and again.");
        QTest::newRow("code") << QStringLiteral("def f(x): return x**2 # f(3) == 9; call_me()");
        QTest::newRow("accents and dashes")
                << QStringLiteral("Crème brûlée—CRÈME BRÛLÉE, naïve café Café «quoted»");
        QTest::newRow("cjk and emoji") << QStringLiteral("東京は大きい 東京 🍣 sushi🍣sushi");
        QTest::newRow("json") << QStringLiteral(R"({"city":"Zürich","temp_c":21.5})");
    }
    void indexesTheSameTermsAsTheWholeText()
    {
        QFETCH(QString, text);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QString::fromLatin1(QTest::currentDataTag()));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        // fts5vocab lists an index's terms.
        for (const char *sql : {"CREATE VIRTUAL TABLE whole USING fts5(t, detail=none)",
                                "CREATE VIRTUAL TABLE words USING fts5(t, detail=none)",
                                "CREATE VIRTUAL TABLE whole_terms USING fts5vocab(whole, row)",
                                "CREATE VIRTUAL TABLE words_terms USING fts5vocab(words, row)"})
            QVERIFY(q.exec(QLatin1String(sql)));
        q.prepare(QStringLiteral("INSERT INTO whole (t) VALUES (?)"));
        q.addBindValue(text);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("INSERT INTO words (t) VALUES (?)"));
        q.addBindValue(QString::fromUtf8(SearchText::distinctWords(text)));
        QVERIFY(q.exec());
        auto terms = [&](const char *table) {
            QStringList result;
            QSqlQuery t(db);
            t.exec(QStringLiteral("SELECT term FROM %1 ORDER BY term").arg(QLatin1String(table)));
            while (t.next())
                result.append(t.value(0).toString());
            return result;
        };
        const QStringList whole = terms("whole_terms");
        QVERIFY(!whole.isEmpty());
        QCOMPARE(terms("words_terms"), whole);
        q.finish();
        db.close();
    }

    // Each word of a query must be one token of the index's tokenizer: FTS5 refuses a phrase
    // on an index without positions, and a word it cut in two would be one.
    void queriesAreCutAsTheTokenizerCuts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("curly apostrophe") << QStringLiteral("don’t stop");
        QTest::newRow("em dash") << QStringLiteral("stack—overflow");
        QTest::newRow("ideographic stop") << QStringLiteral("東京。大阪");
        QTest::newRow("no-break space") << QStringLiteral("refund\u00a0policy");
        QTest::newRow("guillemets") << QStringLiteral("«quoted»");
        QTest::newRow("decomposed accent") << QStringLiteral("cafe\u0301 nai\u0308ve");
        QTest::newRow("emoji inside") << QStringLiteral("sushi🍣sushi hi😀there");
        QTest::newRow("beyond the BMP") << QStringLiteral("𠀀𠀁 𝐀bc");
        QTest::newRow("devanagari") << QStringLiteral("हिन्दी भाषा");
        QTest::newRow("arabic") << QStringLiteral("مرحبا، عالم");
        QTest::newRow("private use") << QStringLiteral("\ue000x");
    }
    void queriesAreCutAsTheTokenizerCuts()
    {
        QFETCH(QString, text);
        QSqlDatabase db = QSqlDatabase::addDatabase(
                QStringLiteral("QSQLITE"),
                QStringLiteral("q-") + QLatin1String(QTest::currentDataTag()));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x, detail=none)")));
        q.prepare(QStringLiteral("INSERT INTO t (x) VALUES (?)"));
        q.addBindValue(text);
        QVERIFY(q.exec());
        const QString query = SearchText::matchQuery(text);
        QVERIFY(!query.isEmpty());
        q.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
        q.addBindValue(query);
        QVERIFY2(q.exec() && q.next(), qPrintable(query + u' ' + q.lastError().text()));
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        db.close();
    }

    void buildsAWordQuery()
    {
        QCOMPARE(SearchText::matchQuery(u"refund policy"), QStringLiteral("\"refund\" \"policy\""));
        QCOMPARE(SearchText::matchQuery(u"gpt-4o"), QStringLiteral("\"gpt\" \"4o\""));
        QCOMPARE(SearchText::matchQuery(u"refu*"), QStringLiteral("\"refu\" *"));
        QCOMPARE(SearchText::matchQuery(u"\"quoted\" OR NOT"),
                 QStringLiteral("\"quoted\" \"OR\" \"NOT\""));
        QCOMPARE(SearchText::matchQuery(u"!!! ..."), QString());
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
