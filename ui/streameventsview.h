#pragma once

#include <QByteArrayList>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;
struct TraceRecord;

// A streamed response event by event: when each arrived (ms since the request started), its
// type and its data on one line, beside the text the events assemble into. Selecting an event
// shows its whole data, indented, below the table.
class StreamEventsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, DataColumn };

    explicit StreamEventsView(QWidget *parent = nullptr);

    void setCall(const TraceRecord &record);
    void clear();

    QAbstractItemModel *eventModel() const;
    QTableView *eventTable() const { return m_table; }
    QString assembledText() const;
    QString detailText() const;
    QString noteText() const;
    void selectEvent(int row);

private:
    void showEventData(int row);

    QStandardItemModel *m_model;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPlainTextEdit *m_assembled;
    QLabel *m_note;
    QByteArrayList m_data; // each event's whole data, by row
};
