// The detail pane's body view, offscreen: how long JsonView::setBody takes to show a request
// body as a tree and as indented text, for a 16 MiB chat request (the default cap of a stored
// body) and for a 4 KiB one. The view is what a click on a call in the list waits for.
//
//   build/bench/tokentap_bench_bodyview [ROUNDS=7]

#include "jsonview.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

QByteArray chatRequest(qsizetype size, qsizetype messageBytes, int *messages)
{
    QByteArray body = "{\"model\":\"gpt-4o\",\"temperature\":0,\"messages\":[";
    const QByteArray content(messageBytes, 'x');
    *messages = 0;
    while (body.size() < size - messageBytes - 64) {
        if (*messages)
            body += ',';
        body += "{\"role\":\"" + QByteArray(*messages % 2 ? "assistant" : "user")
                + "\",\"content\":\"" + content + "\"}";
        ++*messages;
    }
    return body + "]}";
}

double medianMs(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 7;
    JsonView view;
    view.resize(900, 600);

    int messages = 0;
    const QByteArray large = chatRequest(16 * 1024 * 1024, 8000, &messages);
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        view.setBody(large);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        view.clear();
    }
    std::printf("16 MiB request (%d messages): %.1f ms (median of %d)\n", messages, medianMs(times),
                rounds);

    const QByteArray small = chatRequest(4096, 1000, &messages);
    times.clear();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        for (int n = 0; n < 1000; ++n)
            view.setBody(small);
        times.push_back(double(clock.nsecsElapsed()) / 1e6); // ms per 1000 = µs per body
    }
    std::printf("4 KiB request (%d messages): %.1f us (median of %d x 1000)\n", messages,
                medianMs(times), rounds);
    return 0;
}
