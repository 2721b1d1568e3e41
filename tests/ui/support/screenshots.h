#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QPalette>
#include <QWidget>

// Pictures of the UI for people to look at: build/tests/screenshots/<name>.png.
namespace Screenshots {

// False when the picture cannot be written.
inline bool save(QWidget *widget, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

inline bool save(QWidget *widget, const char *name)
{
    return save(widget, QString::fromLatin1(name));
}

// A dark theme, to check that colours come from the palette rather than constants.
inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return dark;
}

} // namespace Screenshots
