#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class TraceReader;
struct sqlite3;

// Runs the trace browser's read queries on a thread of its own ("tokentap-browse"), with its
// own read-only connection, and hands each result back to the GUI thread: the GUI thread never
// touches SQL. A job submitted under a lane replaces any job of that lane still waiting, so
// typing a filter quickly runs only the newest query.
class TraceLoader : public QObject
{
    Q_OBJECT
public:
    explicit TraceLoader(const QString &databasePath, QObject *parent = nullptr);
    // Finishes the job in progress, drops the rest, joins the thread.
    ~TraceLoader() override;

    QString databasePath() const { return m_path; }

    // Runs `query` on the loader thread; `done` runs on this object's thread with its result,
    // unless `context` is gone by then. An empty lane never replaces anything.
    template<typename Result>
    void run(QObject *context, const QString &lane,
             std::function<Result(const TraceReader &reader, QString *error)> query,
             std::function<void(const Result &result, const QString &error)> done)
    {
        QPointer<QObject> guard(context);
        submit(lane,
               [this, guard, query = std::move(query),
                done = std::move(done)](const TraceReader *reader, const QString &openError) {
                   QString error = openError;
                   auto result = std::make_shared<Result>();
                   if (reader)
                       *result = query(*reader, &error);
                   QMetaObject::invokeMethod(
                           this,
                           [guard, done, result, error] {
                               if (guard)
                                   done(*result, error);
                           },
                           Qt::QueuedConnection);
               });
    }

    // Jobs queued or running; for tests and the status bar.
    int pending() const;

private:
    using Job = std::function<void(const TraceReader *reader, const QString &openError)>;
    void submit(const QString &lane, Job job);

    QString m_path;
    // The reader's connection, for interrupting a long query when the browser closes.
    std::atomic<sqlite3 *> m_handle {nullptr};
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; owns the reader
    mutable QMutex m_mutex;
    quint64 m_nextTicket = 0;
    QHash<QString, quint64> m_laneTicket; // newest ticket per lane
    int m_pending = 0;
};
