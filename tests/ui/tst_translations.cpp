// The catalogues: German and French complete for every message in the sources, placeholders kept,
// plural forms present; every text the windows show goes through tr(); numbers, dates and money
// follow the chosen language.

#include "applanguage.h"
#include "config/livesettings.h"
#include "config/secretstore.h"
#include "displayformat.h"
#include "llm/pricetable.h"
#include "mainwindow.h"
#include "proxyharness.h"
#include "settingsdialog.h"
#include "trace/traceservice.h"
#include "tracebrowser.h"
#include "tracetablemodel.h"
#include "trayicon.h"

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace {

// One message of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per plural form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = u"cannot open "_s + path;
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (xml.readNext() != QXmlStreamReader::Invalid && !xml.atEnd()) {
        if (xml.isEndElement() && xml.name() == u"message" && inMessage) {
            catalogue.messages.append(message);
            inMessage = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            inMessage = true;
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        catalogue.error = xml.errorString();
    return catalogue;
}

QString catalogue(const QString &language)
{
    return QStringLiteral(TOKENTAP_TRANSLATIONS_DIR "/tokentap_") + language + u".ts"_s;
}

// Runs lupdate over the sources into `tsPath`, as `update_translations` does. Empty on success.
QString extractMessages(const QString &tsPath)
{
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TOKENTAP_LUPDATE),
                  QStringList {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s}
                          + QStringList {u"@"_s + QStringLiteral(TOKENTAP_SOURCES_LIST), u"-ts"_s,
                                         tsPath});
    if (!lupdate.waitForFinished(120'000) || lupdate.exitCode() != 0)
        return u"lupdate failed: "_s + QString::fromLocal8Bit(lupdate.readAll());
    return {};
}

// %1 … %99 and %n, as a sorted list (a translation may reorder them but must keep each).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[0-9]{1,2}|n|Ln)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&File": the letter after a single & is the keyboard accelerator ("&&" is a literal &,
// "&amp;" an HTML entity).
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(?<!&)&(?![&#]|\\w+;)\\w"));
    return accelerator.match(text).hasMatch();
}

QString plain(const QString &maybeRichText)
{
    if (!Qt::mightBeRichText(maybeRichText))
        return maybeRichText;
    QTextDocument document;
    document.setHtml(maybeRichText);
    return document.toPlainText();
}

// The pseudo-translation wraps every message in these, so a text without them on screen did
// not come from the catalogue.
constexpr QChar Open = u'\x27e6'; // ⟦
constexpr QChar Close = u'\x27e7'; // ⟧

// Writes a catalogue in which every message of `source` is translated as ⟦message⟧.
bool writePseudoCatalogue(const Catalogue &source, const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE TS>"_s);
    xml.writeStartElement(u"TS"_s);
    xml.writeAttribute(u"version"_s, u"2.1"_s);
    xml.writeAttribute(u"language"_s, u"en"_s);
    QString context;
    bool open = false;
    for (const Message &m : source.messages) {
        if (m.context != context || !open) {
            if (open)
                xml.writeEndElement();
            xml.writeStartElement(u"context"_s);
            xml.writeTextElement(u"name"_s, m.context);
            context = m.context;
            open = true;
        }
        xml.writeStartElement(u"message"_s);
        if (m.numerus)
            xml.writeAttribute(u"numerus"_s, u"yes"_s);
        xml.writeTextElement(u"source"_s, m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(u"comment"_s, m.comment);
        xml.writeStartElement(u"translation"_s);
        const QString wrapped = Open + m.source + Close;
        if (m.numerus) {
            xml.writeTextElement(u"numerusform"_s, wrapped);
            xml.writeTextElement(u"numerusform"_s, wrapped);
        } else {
            xml.writeCharacters(wrapped);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (open)
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return true;
}

// Texts that are data or names, not sentences of the interface: they stay as they are in
// every language. Keyed by the widget's object name.
const QSet<QString> &dataWidgets()
{
    static const QSet<QString> names = {
            u"clientUrl"_s, // the proxy's base URL
            u"upstreamUrl"_s, // placeholder: an example URL
            u"resendTarget"_s, // method and URL of the call to resend
            u"language"_s, // each language named in itself ("Deutsch"), for those who cannot
                           // read the current one
    };
    return names;
}

bool hasWords(const QString &text)
{
    // Two letters in a row: "OK" counts, "—", "1,234" and "$0.01" do not.
    static const QRegularExpression word(QStringLiteral("\\p{L}{2}"));
    return word.match(text).hasMatch();
}

// Collects the visible texts of widgets and actions that do not come from the catalogue.
class UntranslatedFinder
{
public:
    void checkWidget(QWidget *widget)
    {
        if (dataWidgets().contains(widget->objectName()))
            return;
        const QString where = whereIs(widget);
        if (widget->isWindow())
            check(where + u" title"_s, widget->windowTitle());
        check(where + u" tooltip"_s, widget->toolTip());
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            check(where, plain(label->text()));
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            // Qt's own standard buttons come from Qt's catalogue.
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            if (!box || box->standardButton(button) == QDialogButtonBox::NoButton)
                check(where, button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            check(where, group->title());
        } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(where + u" tab"_s, tabs->tabText(i));
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(where + u" item"_s, combo->itemText(i));
        } else if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i)
                check(where + u" item"_s, list->item(i)->text());
        } else if (auto *line = qobject_cast<QLineEdit *>(widget)) {
            check(where + u" placeholder"_s, line->placeholderText());
        } else if (auto *edit = qobject_cast<QPlainTextEdit *>(widget)) {
            check(where + u" placeholder"_s, edit->placeholderText());
        } else if (auto *chartView = qobject_cast<QChartView *>(widget)) {
            check(where + u" chart title"_s, chartView->chart()->title());
            for (QAbstractAxis *axis : chartView->chart()->axes())
                check(where + u" axis title"_s, axis->titleText());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            checkHeaders(where, view);
        }
        for (QAction *action : widget->actions())
            checkAction(where, action);
    }

    QStringList problems;

private:
    static QString whereIs(QWidget *widget)
    {
        QStringList path;
        for (QObject *o = widget; o; o = o->parent()) {
            const QString name = o->objectName();
            path.prepend(QString::fromLatin1(o->metaObject()->className())
                         + (name.isEmpty() ? QString() : u'#' + name));
            if (path.size() == 3 || (o->isWidgetType() && static_cast<QWidget *>(o)->isWindow()))
                break;
        }
        return path.join(u" > "_s);
    }

    void checkHeaders(const QString &where, QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int section = 0; section < model->columnCount(); ++section)
            check(where + u" column header"_s,
                  model->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString());
    }

    void checkAction(const QString &where, QAction *action)
    {
        if (action->isSeparator() || m_seenActions.contains(action))
            return;
        m_seenActions.insert(action);
        const QString name = where + u" action "_s + action->text();
        check(name, action->text());
        if (action->toolTip() != action->text()
            && action->toolTip() != QString(action->text()).remove(u'&'))
            check(name + u" tooltip"_s, action->toolTip());
        if (QMenu *menu = action->menu())
            for (QAction *child : menu->actions())
                checkAction(where + u" > "_s + action->text(), child);
    }

    void check(const QString &where, const QString &text)
    {
        if (!hasWords(text) || text.contains(Open))
            return;
        problems.append(where + u": \""_s + text + u'"');
    }

    QSet<QAction *> m_seenActions;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Catalogue m_fromSources;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fresh = m_dir.filePath(u"fresh.ts"_s);
        const QString error = extractMessages(fresh);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_fromSources = readCatalogue(fresh);
        QVERIFY2(m_fromSources.error.isEmpty(), qPrintable(m_fromSources.error));
        // Sanity: the sources hold hundreds of messages; an empty extraction is a broken setup.
        QVERIFY2(m_fromSources.messages.size() > 500,
                 qPrintable(QString::number(m_fromSources.messages.size())));
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << u"de"_s << 2;
        QTest::newRow("French") << u"fr"_s << 2;
    }

    // Every message of the sources is translated, nothing is left unfinished or vanished, and
    // each translation keeps the placeholders of its source.
    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        const Catalogue committed = readCatalogue(catalogue(language));
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QVERIFY2(committed.language.startsWith(language), qPrintable(committed.language));

        QHash<QString, Message> byKey;
        QStringList problems;
        for (const Message &m : committed.messages) {
            byKey.insert(m.key(), m);
            const QString where = m.context + u": \""_s + m.source + u'"';
            if (!m.type.isEmpty())
                problems.append(m.type + u": "_s + where);
            if (m.numerus && m.translations.size() != pluralForms)
                problems.append(u"plural forms: "_s + where);
            for (qsizetype i = 0; i < m.translations.size(); ++i) {
                const QString &t = m.translations.at(i);
                QStringList expected = placeholders(m.source);
                // The singular may say "one call" instead of "%n calls".
                if (m.numerus && i == 0 && !t.contains(u"%n"_s))
                    expected.removeAll(u"%n"_s);
                if (t.trimmed().isEmpty())
                    problems.append(u"empty: "_s + where);
                else if (hasAccelerator(t) != hasAccelerator(m.source))
                    problems.append(u"accelerator: "_s + where + u" → \""_s + t + u'"');
                else if (placeholders(t) != expected)
                    problems.append(u"placeholders differ: "_s + where + u" → \""_s + t + u'"');
            }
        }
        QSet<QString> inSources;
        for (const Message &m : m_fromSources.messages)
            inSources.insert(m.key());
        for (const Message &m : committed.messages)
            if (!inSources.contains(m.key()))
                problems.append(u"no longer in the sources (run the update_translations "
                                "target): "_s
                                + m.context + u": \""_s + m.source + u'"');
        for (const Message &m : m_fromSources.messages)
            if (!byKey.contains(m.key()))
                problems.append(u"missing (run the update_translations target): "_s + m.context
                                + u": \""_s + m.source + u'"');
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The template a new translator starts from holds exactly the messages of the sources.
    void templateIsCurrent()
    {
        const Catalogue pattern =
                readCatalogue(QStringLiteral(TOKENTAP_TRANSLATIONS_DIR "/tokentap.ts"));
        QVERIFY2(pattern.error.isEmpty(), qPrintable(pattern.error));
        QVERIFY(pattern.language.isEmpty());
        QSet<QString> inTemplate;
        for (const Message &m : pattern.messages)
            inTemplate.insert(m.key());
        QSet<QString> inSources;
        for (const Message &m : m_fromSources.messages)
            inSources.insert(m.key());
        QVERIFY2(inTemplate == inSources,
                 "tokentap.ts is out of date: build the update_translations target");
    }

    // English keeps its source text but needs the plural forms ("1 call", "2 calls").
    void englishPluralForms()
    {
        const Catalogue english = readCatalogue(catalogue(u"en"_s));
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        QSet<QString> translated;
        QStringList problems;
        for (const Message &m : english.messages) {
            if (!m.type.isEmpty() || m.translations.size() != 2
                || m.translations.contains(QString()))
                problems.append(m.context + u": "_s + m.source);
            translated.insert(m.key());
        }
        int plurals = 0;
        for (const Message &m : m_fromSources.messages) {
            if (!m.numerus)
                continue;
            ++plurals;
            if (!translated.contains(m.key()))
                problems.append(u"missing: "_s + m.context + u": "_s + m.source);
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        AppLanguage::install(u"en"_s);
        QCOMPARE(QCoreApplication::translate("TraceBrowser", "Deleted %n call(s).", nullptr, 1),
                 u"Deleted 1 call."_s);
        QCOMPARE(QCoreApplication::translate("TraceBrowser", "Deleted %n call(s).", nullptr, 3),
                 u"Deleted 3 calls."_s);
    }

    void languageFromTheSettings()
    {
        // The three catalogues are in the binary.
        QCOMPARE(QDir(u":/i18n"_s).entryList(),
                 (QStringList {u"tokentap_de.qm"_s, u"tokentap_en.qm"_s, u"tokentap_fr.qm"_s}));

        AppLanguage::install(u"de"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings…"), u"&Einstellungen…"_s);
        // Numbers, money and durations in the reader's conventions.
        QCOMPARE(DisplayFormat::tokens(1234567), u"1.234.567"_s);
        QCOMPARE(DisplayFormat::usd(12.4), u"12,40\u00a0$"_s);
        QCOMPARE(DisplayFormat::durationMs(2400.0), u"2,40 s"_s);

        AppLanguage::install(u"fr"_s);
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings…"), u"&Paramètres…"_s);
        QCOMPARE(DisplayFormat::usd(0.0123), u"0,0123\u00a0$"_s);

        // A language without a catalogue reads English, plural forms included.
        AppLanguage::install(u"es"_s);
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QCoreApplication::translate("TraceBrowser", "Deleted %n call(s).", nullptr, 2),
                 u"Deleted 2 calls."_s);

        // Unknown names and "" fall back to the system's language.
        QCOMPARE(AppLanguage::localeFor(u"xx"_s), QLocale::system());
        QCOMPARE(AppLanguage::install({}), QLocale::system());
        AppLanguage::install(u"en"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings…"), u"&Settings…"_s);
        QCOMPARE(DisplayFormat::usd(12.4), u"$12.40"_s);
        // Up to four significant digits under a dollar, never rounded to nothing.
        QCOMPARE(DisplayFormat::usd(0.02225), u"$0.02225"_s);
        QCOMPARE(DisplayFormat::usd(0.001335), u"$0.001335"_s);
        QCOMPARE(DisplayFormat::usd(0.00045), u"$0.00045"_s);
        QCOMPARE(DisplayFormat::usd(1.6e-7), u"$0.00000016"_s);
        QCOMPARE(DisplayFormat::usd(0.5), u"$0.50"_s);
        QCOMPARE(DisplayFormat::usd(0.0), u"$0.00"_s);
    }

    // Every text in the main window, the browser with a call open, the dashboard, the tray
    // menu and every settings page comes from the catalogue.
    void everyVisibleTextGoesThroughTr()
    {
        const QString pseudoTs = m_dir.filePath(u"pseudo.ts"_s);
        const QString pseudoQm = m_dir.filePath(u"pseudo.qm"_s);
        QVERIFY(writePseudoCatalogue(m_fromSources, pseudoTs));
        QProcess lrelease;
        lrelease.setProcessChannelMode(QProcess::MergedChannels);
        lrelease.start(QStringLiteral(TOKENTAP_LRELEASE),
                       {u"-silent"_s, pseudoTs, u"-qm"_s, pseudoQm});
        QVERIFY(lrelease.waitForFinished(60'000));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAll().constData());
        AppLanguage::install(u"en"_s);
        QTranslator pseudo;
        QVERIFY(pseudo.load(pseudoQm));
        QCoreApplication::installTranslator(&pseudo);

        QTemporaryDir dataDir;
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir.path());
        TraceService traces;
        ProxyHarness h;
        QString error;
        QVERIFY2(traces.start(TraceService::databasePath(dataDir.path()), PriceTable::builtin(), {},
                              &error),
                 qPrintable(error));
        auto live =
                std::make_unique<LiveSettings>(dataDir.path(), CommandLineOptions(),
                                               SecretStore(SecretStore::filePath(dataDir.path())));
        {
            MainWindow window(&h.proxy, &traces, PriceTable::builtin());
            window.setSettings(live.get(), nullptr, nullptr);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(h.start(h.defaultConfig(), traces.queue()));
            auto client = h.client();
            client->send(RawHttpClient::request(
                    "POST", "/v1/chat/completions",
                    R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]})"));
            QVERIFY(client->waitForResponses(1));
            QTRY_COMPARE_WITH_TIMEOUT(window.browser()->model()->rowCount(), 1, 5000);
            window.browser()->selectRow(0);
            QTest::qWait(200);

            UntranslatedFinder finder;
            const auto widgetsNow = [] {
                return QApplication::allWidgets();
            };
            for (QWidget *w : widgetsNow())
                finder.checkWidget(w);
            window.showDashboard();
            QTest::qWait(300);
            for (QWidget *w : widgetsNow())
                finder.checkWidget(w);

            // The dialogs the browser opens on the selected call, and the tray's menu.
            window.browser()->resendCurrent();
            window.browser()->openExportDialog();
            TrayIcon tray;
            for (QWidget *w : widgetsNow())
                finder.checkWidget(w);

            SettingsDialog dialog(live.get(), {&h.proxy, &traces, nullptr, nullptr});
            for (QWidget *w : dialog.findChildren<QWidget *>())
                finder.checkWidget(w);
            finder.checkWidget(&dialog);
            finder.problems.removeDuplicates();
            // One line each: QVERIFY2 cuts long messages short.
            for (const QString &problem : std::as_const(finder.problems))
                qWarning("bypasses tr(): %s", qPrintable(problem));
            QVERIFY2(finder.problems.isEmpty(),
                     qPrintable(QString::number(finder.problems.size())
                                + u" texts bypass tr(), listed above"_s));
        }
        QCoreApplication::removeTranslator(&pseudo);
        h.proxy.stop();
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
