// Time to first SSE event: sends N streaming requests one after another over one keep-alive
// connection and measures, for each, the time from writing the request to reading the first
// "data:" line. Prints "p50_us P50 p90_us P90 p99_us P99". Plain blocking sockets: the client
// adds as little as possible of its own.

#include <QByteArray>
#include <QStringBuilder>

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(quint16(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s PORT PATH [COUNT]\n", argv[0]);
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const QByteArray path(argv[2]);
    const int count = argc > 3 ? std::atoi(argv[3]) : 500;
    const QByteArray body = R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user",)"
                            R"("content":"Hi"}]})";
    const QByteArray request = QByteArray("POST ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;

    std::vector<double> samples;
    char buffer[65536];
    int fd = -1;
    for (int i = 0; i < count; ++i) {
        // One connection per stream: the stream's end is found by reading to the last chunk,
        // which costs nothing here, and a fresh connection per request would add its handshake
        // to every sample equally for both targets.
        if (fd < 0 && (fd = connectTo(port)) < 0) {
            std::fprintf(stderr, "cannot connect to %d\n", port);
            return 1;
        }
        const qint64 start = nowNs();
        if (::write(fd, request.constData(), size_t(request.size())) != request.size())
            return 1;
        QByteArray received;
        bool first = false;
        while (true) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0) {
                std::fprintf(stderr, "connection closed\n");
                return 1;
            }
            received.append(buffer, n);
            if (!first && received.contains("data:")) {
                samples.push_back(double(nowNs() - start) / 1000.0);
                first = true;
            }
            if (received.endsWith("0\r\n\r\n"))
                break;
        }
    }
    ::close(fd);
    std::sort(samples.begin(), samples.end());
    auto at = [&](double q) {
        return samples[size_t(q * double(samples.size() - 1))];
    };
    std::printf("p50_us %.1f p90_us %.1f p99_us %.1f\n", at(0.5), at(0.9), at(0.99));
    return 0;
}
