#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a program printed and how it ended.
struct ProcessResult
{
    int exitCode = -1; // -1: it did not start, crashed or ran out of time
    QByteArray out;
    QByteArray err;

    // "exit N" with both outputs, for failure messages.
    QString describe() const;
};

// Runs `program` to its end while the caller's event loop keeps turning, so that an in-process
// fake upstream goes on answering it. Killed after `timeoutMs`.
ProcessResult runProcess(const QString &program, const QStringList &arguments,
                         int timeoutMs = 20'000);
