#include "settingspage.h"

#include "displayformat.h"

#include <QFormLayout>
#include <QLabel>

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_commandLineNote(new QLabel(this))
{
    m_commandLineNote->setObjectName(QStringLiteral("commandLineNote"));
    m_commandLineNote->setWordWrap(true);
    m_commandLineNote->setTextFormat(Qt::PlainText);
    m_commandLineNote->hide();
}

void SettingsPage::setCommandLineNote(const QString &note)
{
    m_commandLineNote->setText(note);
    m_commandLineNote->setVisible(!note.isEmpty());
}

QString SettingsPage::commandLineNote() const
{
    return m_commandLineNote->text();
}

void SettingsPage::addField(QFormLayout *form, const QString &label, QWidget *widget,
                            const QString &field)
{
    form->addRow(label, widget);
    form->addRow(QString(), errorLabelFor(field));
}

QLabel *SettingsPage::errorLabelFor(const QString &field)
{
    if (QLabel *existing = m_errorLabels.value(field))
        return existing;
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("error:") + field);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, DisplayFormat::errorText(palette));
    label->setPalette(palette);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

int SettingsPage::showProblems(const QList<AppSettings::Problem> &problems)
{
    QHash<QLabel *, QStringList> messages;
    int shown = 0;
    bool revealed = false;
    for (const AppSettings::Problem &problem : problems) {
        // The most specific line: the exact field, else the longest prefix registered.
        const QString field = lineFor(problem.field);
        QLabel *target = m_errorLabels.value(field);
        qsizetype best = -1;
        if (!target) {
            for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
                if (field.startsWith(it.key()) && it.key().size() > best) {
                    best = it.key().size();
                    target = it.value();
                }
            }
        }
        if (!target)
            continue;
        messages[target].append(problem.message);
        ++shown;
        if (!revealed) {
            revealProblem(problem);
            revealed = true;
        }
    }
    for (QLabel *label : std::as_const(m_errorLabels)) {
        const QStringList lines = messages.value(label);
        label->setText(lines.join(u'\n'));
        label->setVisible(!lines.isEmpty());
    }
    return shown;
}

QString SettingsPage::problemText(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsPage::revealProblem(const AppSettings::Problem &) { }

QString SettingsPage::lineFor(const QString &field) const
{
    return field;
}
