#pragma once

#include "config/appsettings.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

// One page of the settings dialog. Pages edit a copy of AppSettings: load() fills the widgets,
// store() writes them back; nothing is saved until the whole value validates. Problems are
// shown next to the field they are about (a red line under it), by field id ("proxy.listenPort",
// "upstreams.2.baseUrl"; see AppSettings::Problem).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // The field-id prefix of the problems this page shows ("proxy.", "upstreams" …).
    virtual QStringList fieldPrefixes() const = 0;
    virtual void load(const AppSettings &settings) = 0;
    virtual void store(AppSettings &settings) const = 0;

    // Shows the problems whose field belongs to this page; clears the others. Returns how many
    // it showed.
    int showProblems(const QList<AppSettings::Problem> &problems);
    // The message shown for `field`, empty when none (for tests).
    QString problemText(const QString &field) const;
    // Said at the top of the page: what the command line decides for this run, which the page's
    // settings do not change until a start without it. Hidden when empty.
    void setCommandLineNote(const QString &note);
    QString commandLineNote() const;

Q_SIGNALS:
    // A field was edited (the dialog enables Apply).
    void changed();

protected:
    // Adds `widget` under `label` to `form` with a hidden error line below it for `field`.
    void addField(QFormLayout *form, const QString &label, QWidget *widget, const QString &field);
    // An error line for problems matching `field` exactly or as a prefix ("upstreams.").
    QLabel *errorLabelFor(const QString &field);
    // Pages with tables pick the row a problem names and select it; default does nothing.
    virtual void revealProblem(const AppSettings::Problem &problem);
    // The error line a problem's field is shown on; pages with a form for the selected row map
    // "upstreams.2.baseUrl" to the form's "upstreams.baseUrl". Default: the field itself.
    virtual QString lineFor(const QString &field) const;
    // The command-line note's label, for the page to place first in its layout.
    QLabel *commandLineNoteLabel() const { return m_commandLineNote; }

private:
    QLabel *m_commandLineNote;
    QHash<QString, QLabel *> m_errorLabels; // field id (or prefix) → its line
};
