// A fast stand-in for an LLM API, for load tests: answers POST …/chat/completions with an
// ~800-byte chat.completion, or with an SSE stream when the body asks for "stream":true (first
// event at once, then one event every --event-gap-ms). Prints "listening on PORT".

#include "fakeupstream.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int eventGapMs = 5;
    int events = 5;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (qstrcmp(argv[i], "--event-gap-ms") == 0)
            eventGapMs = atoi(argv[i + 1]);
        else if (qstrcmp(argv[i], "--events") == 0)
            events = atoi(argv[i + 1]);
    }
    FakeUpstream upstream;
    const QByteArray json = FakeUpstream::chatCompletionJson();
    upstream.setHandler([&](const FakeUpstream::Request &request, FakeUpstream::Reply &reply) {
        if (!request.body.contains("\"stream\":true")) {
            reply.send(200, json);
            return;
        }
        reply.beginStream();
        reply.streamChunk("data: {\"choices\":[{\"delta\":{\"content\":\"t0\"}}]}\n\n");
        auto *timer = new QTimer(&upstream);
        auto sent = std::make_shared<int>(1);
        QObject::connect(timer, &QTimer::timeout, timer, [reply, timer, sent, events]() mutable {
            if (!reply.isConnected() || *sent >= events) {
                if (reply.isConnected()) {
                    reply.streamChunk("data: [DONE]\n\n");
                    reply.endStream();
                }
                timer->deleteLater();
                return;
            }
            reply.streamChunk("data: {\"choices\":[{\"delta\":{\"content\":\"t"
                              + QByteArray::number((*sent)++) + "\"}}]}\n\n");
        });
        timer->start(eventGapMs);
    });
    if (!upstream.listen()) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    std::printf("listening on %d\n", upstream.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
