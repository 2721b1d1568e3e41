#include "processrun.h"

#include <QProcess>
#include <QTest>

QString ProcessResult::describe() const
{
    return QStringLiteral("exit %1\n").arg(exitCode) + QString::fromUtf8(out)
            + QString::fromUtf8(err);
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(5000)) {
        result.err = program.toUtf8() + " did not start";
        return result;
    }
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = program.toUtf8() + " ran out of time";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
