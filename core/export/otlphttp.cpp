#include "otlphttp.h"

#include "http/gzipencoding.h"
#include "otlpjson.h"
#include "otlpprotobuf.h"

#include <QCoreApplication>

namespace {

// The catalogues file these messages under OtlpHttp.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OtlpHttp)
};

} // namespace

namespace OtlpHttp {

QByteArray body(const OtlpDestination &destination, const QList<SpanData> &spans)
{
    const QByteArray encoded = destination.encoding == OtlpDestination::Encoding::Json
            ? OtlpJson::encodeRequest(spans)
            : OtlpProtobuf::encodeRequest(spans);
    // zlib's fastest level: span JSON compresses ~10× even so, at several times the speed of
    // the default level, and the export must keep up with the proxy.
    return destination.gzip ? GzipEncoding::compress(encoded, 1) : encoded;
}

HttpHeaders requestHeaders(const OtlpDestination &destination, const QString &btParent)
{
    HttpHeaders headers;
    headers.append("Content-Type", destination.contentType());
    headers.append("User-Agent", QByteArrayLiteral("tokentap/" TOKENTAP_VERSION));
    if (destination.gzip)
        headers.append("Content-Encoding", "gzip");
    const HttpHeaders own = destination.requestHeaders(btParent);
    for (const auto &[name, value] : own.fields())
        headers.set(name, value);
    return headers;
}

Answer read(const OtlpDestination &destination, const OtlpHttpClient::Response &response)
{
    Answer answer;
    answer.httpStatus = response.status;
    answer.retryAfter = response.headers.value("Retry-After");
    if (answer.httpStatus == 0) {
        answer.error = response.error;
        return answer;
    }
    const QByteArray &body = response.body;
    // The collector answers in the request's encoding; a JSON answer to a protobuf request
    // (some proxies in front of collectors) is read as what it says it is.
    const bool json = destination.encoding == OtlpDestination::Encoding::Json
            || response.headers.value("Content-Type").contains("json");
    if (answer.httpStatus >= 200 && answer.httpStatus < 300) {
        const bool ok = json ? OtlpJson::decodeResponse(body, &answer.partialSuccess)
                             : OtlpProtobuf::decodeResponse(body, &answer.partialSuccess);
        if (!ok)
            answer.partialSuccess = {}; // a 2xx is a success whatever its body says
        if (answer.partialSuccess.present) {
            answer.error = Text::tr("%n spans rejected", nullptr,
                                    int(answer.partialSuccess.rejectedSpans));
            if (!answer.partialSuccess.errorMessage.isEmpty())
                answer.error += QStringLiteral(": ") + answer.partialSuccess.errorMessage;
        }
        return answer;
    }
    QString message = json ? OtlpJson::statusMessage(body) : OtlpProtobuf::statusMessage(body);
    if (message.isEmpty() && body.size() < 512)
        message = QString::fromUtf8(body).simplified();
    answer.error = Text::tr("HTTP %1").arg(answer.httpStatus);
    if (!message.isEmpty())
        answer.error += QStringLiteral(": ") + message;
    return answer;
}

} // namespace OtlpHttp
