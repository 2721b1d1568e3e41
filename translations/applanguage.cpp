#include "applanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <optional>

namespace {

// Installed in the application; replaced when the language is installed again.
QTranslator *g_tokentap = nullptr;
QTranslator *g_qt = nullptr;

// Loads `name` for `locale` from `directory` into `slot`, removing what the slot held before;
// `fallback` when there is no catalogue for `locale`.
void reload(QTranslator *&slot, const QLocale &locale, const QString &name,
            const QString &directory, const std::optional<QLocale> &fallback = std::nullopt)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
        slot = nullptr;
    }
    auto next = std::make_unique<QTranslator>();
    const auto load = [&](const QLocale &l) {
        return next->load(l, name, QStringLiteral("_"), directory);
    };
    if ((load(locale) || (fallback && load(*fallback)))
        && QCoreApplication::installTranslator(next.get()))
        slot = next.release();
}

} // namespace

QLocale AppLanguage::localeFor(const QString &setting)
{
    if (setting.isEmpty())
        return QLocale::system();
    const QLocale chosen(setting);
    // QLocale falls back to "C" for a name it does not know; the system's is the better guess.
    return chosen.language() == QLocale::C ? QLocale::system() : chosen;
}

QLocale AppLanguage::install(const QString &setting)
{
    const QLocale locale = localeFor(setting);
    QLocale::setDefault(locale);

    // "de_AT" finds tokentap_de.qm. A language without a catalogue (Spanish, or "C") gets the
    // English one: the source text is English, but its plural forms ("1 call") are there.
    reload(g_tokentap, locale, QStringLiteral("tokentap"), QStringLiteral(":/i18n"),
           QLocale(QLocale::English, QLocale::UnitedStates));
    reload(g_qt, locale, QStringLiteral("qt"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}
