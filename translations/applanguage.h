#pragma once

#include <QLocale>
#include <QString>

// The language TokenTap speaks: the one chosen in the settings ("de", "fr", "en"), otherwise
// the system's. Installs TokenTap's catalogue (embedded under :/i18n) and Qt's own for the
// standard buttons and dialogs, and makes that locale the default so that numbers, dates and
// money are written the way its readers expect.
class AppLanguage
{
public:
    // The locale to use for a setting: empty or unknown means the system's.
    static QLocale localeFor(const QString &setting);

    // Installs the catalogues for `setting` into the running application, replacing those of an
    // earlier call. Returns the locale now in use. Needs a QCoreApplication.
    static QLocale install(const QString &setting);
};
