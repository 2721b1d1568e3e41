#include "otlpdestination.h"

#include "trace/tracefilter.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The catalogues file these messages under OtlpDestination.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OtlpDestination)
};

// "ID" alone means a project id, the form Braintrust's UI shows.
QByteArray btParentValue(const QString &parent)
{
    const QString p = parent.trimmed();
    return (p.contains(u':') ? p : QString("project_id:"_L1 + p)).toUtf8();
}

QUrl withPath(QUrl base, const QString &path)
{
    QString basePath = base.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

// "${NAME}" → the variable's value (empty when unset).
QByteArray expanded(const QByteArray &value, const QProcessEnvironment &environment)
{
    if (!value.contains("${"))
        return value;
    static const QRegularExpression reference(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString text = QString::fromUtf8(value);
    QString out;
    qsizetype last = 0;
    for (auto it = reference.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += environment.value(match.captured(1));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

} // namespace

OtlpDestination OtlpDestination::braintrust(const QByteArray &apiKey, const QString &parent)
{
    OtlpDestination d;
    d.id = u"braintrust"_s;
    d.name = presetName(Preset::Braintrust);
    d.preset = Preset::Braintrust;
    d.endpoint = QUrl(u"https://api.braintrust.dev/otel/v1/traces"_s);
    d.headers.append("Authorization", "Bearer " + apiKey);
    if (!parent.isEmpty())
        d.headers.append("x-bt-parent", btParentValue(parent));
    return d;
}

OtlpDestination OtlpDestination::braintrustSelfHosted(const QUrl &apiUrl, const QByteArray &apiKey,
                                                      const QString &parent)
{
    OtlpDestination d = braintrust(apiKey, parent);
    d.id = u"braintrust-self-hosted"_s;
    d.name = presetName(Preset::BraintrustSelfHosted);
    d.preset = Preset::BraintrustSelfHosted;
    d.endpoint = withPath(apiUrl, u"/otel/v1/traces"_s);
    return d;
}

OtlpDestination OtlpDestination::langfuse(const QByteArray &publicKey, const QByteArray &secretKey,
                                          const QUrl &baseUrl)
{
    OtlpDestination d;
    d.id = u"langfuse"_s;
    d.name = presetName(Preset::Langfuse);
    d.preset = Preset::Langfuse;
    d.endpoint = withPath(baseUrl.isEmpty() ? QUrl(u"https://cloud.langfuse.com"_s) : baseUrl,
                          u"/api/public/otel/v1/traces"_s);
    const QByteArray credentials = publicKey + ':' + secretKey;
    d.headers.append("Authorization", "Basic " + credentials.toBase64());
    return d;
}

OtlpDestination OtlpDestination::phoenix(const QUrl &endpoint, const QByteArray &apiKey)
{
    OtlpDestination d;
    d.id = u"phoenix"_s;
    d.name = presetName(Preset::Phoenix);
    d.preset = Preset::Phoenix;
    d.endpoint = endpoint.isEmpty() ? QUrl(u"http://127.0.0.1:6006/v1/traces"_s) : endpoint;
    if (!apiKey.isEmpty())
        d.headers.append("Authorization", "Bearer " + apiKey);
    return d;
}

OtlpDestination OtlpDestination::localCollector()
{
    OtlpDestination d;
    d.id = u"local-collector"_s;
    d.name = presetName(Preset::LocalCollector);
    d.preset = Preset::LocalCollector;
    d.endpoint = QUrl(u"http://127.0.0.1:4318/v1/traces"_s);
    // A collector on this machine: compression would only cost CPU.
    d.gzip = false;
    return d;
}

QString OtlpDestination::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Braintrust:
        return Text::tr("Braintrust");
    case Preset::BraintrustSelfHosted:
        return Text::tr("Braintrust (self-hosted)");
    case Preset::Langfuse:
        return Text::tr("Langfuse");
    case Preset::Phoenix:
        return Text::tr("Phoenix");
    case Preset::LocalCollector:
        return Text::tr("Local collector");
    case Preset::Custom:
        break;
    }
    return Text::tr("OTLP endpoint");
}

QList<OtlpDestination::Preset> OtlpDestination::presets()
{
    return {Preset::Braintrust, Preset::BraintrustSelfHosted, Preset::Langfuse,
            Preset::Phoenix,    Preset::LocalCollector,       Preset::Custom};
}

QString OtlpDestination::encodingName(Encoding encoding)
{
    return encoding == Encoding::Json ? u"json"_s : u"proto"_s;
}

std::optional<OtlpDestination::Encoding> OtlpDestination::parseEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == "proto"_L1 || n == "protobuf"_L1 || n == "http/protobuf"_L1)
        return Encoding::Protobuf;
    if (n == "json"_L1 || n == "http/json"_L1)
        return Encoding::Json;
    return std::nullopt;
}

QByteArray OtlpDestination::contentType() const
{
    return encoding == Encoding::Json ? QByteArrayLiteral("application/json")
                                      : QByteArrayLiteral("application/x-protobuf");
}

bool OtlpDestination::isValid(QString *error) const
{
    if (id.isEmpty()) {
        *error = Text::tr("the destination has no id");
        return false;
    }
    if (!endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != "http"_L1 && endpoint.scheme() != "https"_L1)) {
        *error = Text::tr("'%1' is not an http:// or https:// URL")
                         .arg(endpoint.toString(QUrl::RemoveUserInfo));
        return false;
    }
    if (!(samplingRate >= 0 && samplingRate <= 1)) {
        *error = Text::tr("the sampling rate must be between 0 and 1");
        return false;
    }
    QString why;
    if (!TraceFilter::parse(filter, &why)) {
        *error = Text::tr("invalid filter: %1").arg(why);
        return false;
    }
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    for (const auto &[name, value] : headers.fields()) {
        if (!token.match(QString::fromLatin1(name)).hasMatch() || value.contains('\r')
            || value.contains('\n')) {
            *error = Text::tr("invalid header '%1'").arg(QString::fromLatin1(name));
            return false;
        }
    }
    return true;
}

bool OtlpDestination::routesByBtParent() const
{
    return preset == Preset::Braintrust || preset == Preset::BraintrustSelfHosted
            || headers.contains("x-bt-parent");
}

HttpHeaders OtlpDestination::requestHeaders(const QString &btParent,
                                            const QProcessEnvironment &environment) const
{
    HttpHeaders out;
    for (const auto &[name, value] : headers.fields())
        out.append(name, expanded(value, environment));
    if (!btParent.isEmpty() && routesByBtParent())
        out.set("x-bt-parent", btParent.toUtf8());
    return out;
}
