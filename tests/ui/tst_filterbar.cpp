// The filter line: validation as typed, completion of field names and seen values, terms added
// from the list's context menu, Esc and Enter.

#include "filterbar.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

class TestFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesValidTextAfterAPause()
    {
        FilterBar bar;
        bar.show();
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("model:gpt-4o status:>=400"));
        QVERIFY(bar.isValid());
        QCOMPARE(changed.size(), 0); // not on every keystroke
        QTRY_COMPARE(changed.size(), 1);
        const auto filter = changed.at(0).at(0).value<TraceFilter>();
        QCOMPARE(filter.terms().size(), 2);
        QCOMPARE(filter.terms().at(1).field, QStringLiteral("status"));
    }

    void invalidTextIsMarkedAndNotApplied()
    {
        FilterBar bar;
        bar.show();
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("colour:red"));
        QVERIFY(!bar.isValid());
        QVERIFY2(bar.message().contains(QStringLiteral("colour")), qPrintable(bar.message()));
        QVERIFY(bar.lineEdit()->property("invalid").toBool());
        QTest::qWait(300);
        QCOMPARE(changed.size(), 0);
        // Fixing it clears the mark.
        bar.lineEdit()->clear();
        QVERIFY(bar.isValid());
        QVERIFY(bar.message().isEmpty());
    }

    void escClearsAndEnterAppliesAtOnce()
    {
        FilterBar bar;
        bar.show();
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("cache:hit"));
        QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
        QCOMPARE(bar.text(), QString());
        QCOMPARE(changed.size(), 2);
        QVERIFY(changed.at(1).at(0).value<TraceFilter>().isEmpty());
    }

    void completesFieldNamesThenSeenValues()
    {
        FilterBar bar;
        bar.show();
        bar.setSeenValues(QStringLiteral("model"),
                          {QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                           QStringLiteral("claude-haiku-4-5")});
        auto *completer = bar.findChild<QCompleter *>();
        QVERIFY(completer);
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("mo"));
        QVERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->currentCompletion(), QStringLiteral("model:"));
        Q_EMIT completer->activated(QStringLiteral("model:"));
        QCOMPARE(bar.text(), QStringLiteral("model:"));
        QTest::keyClicks(bar.lineEdit(), QStringLiteral("gpt"));
        QCOMPARE(completer->completionCount(), 2);
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        Q_EMIT completer->activated(QStringLiteral("model:gpt-4o-mini"));
        QCOMPARE(bar.text(), QStringLiteral("model:gpt-4o-mini"));
        QCOMPARE(changed.size(), 1); // a whole term applies at once
        // A negated term completes too.
        QTest::keyClicks(bar.lineEdit(), QStringLiteral(" -cache:h"));
        QCOMPARE(completer->currentCompletion(), QStringLiteral("-cache:hit"));
    }

    void addTermReplacesTheSameField()
    {
        FilterBar bar;
        bar.setText(QStringLiteral("model:gpt-4o refund"));
        bar.addTerm(QStringLiteral("model:\"claude haiku\""));
        QCOMPARE(bar.text(), QStringLiteral("refund model:\"claude haiku\""));
        bar.addTerm(QStringLiteral("-user:bot"));
        QCOMPARE(bar.text(), QStringLiteral("refund model:\"claude haiku\" -user:bot"));
        QVERIFY(bar.isValid());
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
