#pragma once

#include "callphases.h"

#include <QStringList>
#include <QWidget>

#include <optional>

struct TraceRecord;

// The detail pane's Timing tab for one call: a bar per phase on a shared axis from 0 to the
// call's duration, each with its length in ms, and the figures in words below.
class TimingBars : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        CallPhases::Phase phase;
        QString name;
        double startMs; // from the call's start
        double durationMs;
    };

    explicit TimingBars(QWidget *parent = nullptr);

    void setCall(const TraceRecord &call);
    void clear();
    bool hasCall() const { return m_phases.has_value(); }

    // What is drawn, for tests and for copying.
    QList<Bar> bars() const { return m_bars; }
    QStringList lines() const { return m_lines; }
    double totalMs() const { return m_totalMs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int nameColumnWidth() const;
    int valueColumnWidth() const;
    int rowHeight() const;

    std::optional<CallPhases> m_phases;
    QList<Bar> m_bars;
    QStringList m_lines;
    double m_totalMs = 0;
};
