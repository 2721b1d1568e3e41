#pragma once

#include "trace/tracerecord.h"

#include <QDialog>

class QListWidget;

// Two calls side by side: their requests and responses as JSON, and the list of JSON paths
// where they differ (what changed between turn N and N+1 of an agent loop, or why one was not a
// cache hit for the other).
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const TraceRecord &left, const TraceRecord &right, QWidget *parent = nullptr);

    // "request: messages[3].content" …, for tests.
    QStringList differences() const;

private:
    QListWidget *m_differences;
};
