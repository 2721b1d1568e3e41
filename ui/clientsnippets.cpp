#include "clientsnippets.h"

#include <QUrl>

#include <algorithm>

namespace {

constexpr QStringView kV1 = u"/v1";

QString withoutTrailingSlashes(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// Lines "Name: value", the format of the SDKs' *_CUSTOM_HEADERS variables and of most
// "custom headers" fields.
QString headerLines(const ClientSnippets::Headers &headers, const QString &indent = {})
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << indent + name + QStringLiteral(": ") + value;
    return lines.join(u'\n');
}

QString environment(const QString &baseUrl, const ClientSnippets::Headers &headers)
{
    QString text;
    text += QStringLiteral("# ")
            + ClientSnippets::tr("OpenAI SDKs and tools that read OPENAI_BASE_URL") + u'\n';
    text += QStringLiteral("export OPENAI_BASE_URL=") + ClientSnippets::shellQuote(baseUrl) + u'\n';
    text += QStringLiteral("# ")
            + ClientSnippets::tr("Anthropic SDKs and Claude Code, through the anthropic "
                                 "upstream: no /v1, the SDK appends /v1/messages itself")
            + u'\n';
    text += QStringLiteral("export ANTHROPIC_BASE_URL=")
            + ClientSnippets::shellQuote(ClientSnippets::anthropicBaseUrl(baseUrl)) + u'\n';
    if (!headers.isEmpty()) {
        text += QStringLiteral("# ")
                + ClientSnippets::tr("Headers sent with every call, one per line (read by the "
                                     "Node SDKs and Claude Code; in Python pass default_headers)")
                + u'\n';
        const QString quoted = ClientSnippets::shellQuote(headerLines(headers));
        text += QStringLiteral("export OPENAI_CUSTOM_HEADERS=") + quoted + u'\n';
        text += QStringLiteral("export ANTHROPIC_CUSTOM_HEADERS=") + quoted + u'\n';
    }
    text += QStringLiteral("# ")
            + ClientSnippets::tr("Keep OPENAI_API_KEY / ANTHROPIC_API_KEY as they are: TokenTap "
                                 "forwards them to the upstream.")
            + u'\n';
    return text;
}

// `name={ "a": "b", … },` over several lines, or nothing without headers.
QString pythonHeaders(const ClientSnippets::Headers &headers)
{
    if (headers.isEmpty())
        return {};
    QString text = QStringLiteral("    default_headers={\n");
    for (const auto &[name, value] : headers)
        text += QStringLiteral("        ") + ClientSnippets::stringLiteral(name)
                + QStringLiteral(": ") + ClientSnippets::stringLiteral(value)
                + QStringLiteral(",\n");
    text += QStringLiteral("    },\n");
    return text;
}

QString openAiPython(const QString &baseUrl, const ClientSnippets::Headers &headers)
{
    QString text = QStringLiteral("from openai import OpenAI\n\n");
    text += QStringLiteral("# ")
            + ClientSnippets::tr("api_key comes from OPENAI_API_KEY as usual; TokenTap forwards "
                                 "it.")
            + u'\n';
    text += QStringLiteral("client = OpenAI(\n    base_url=")
            + ClientSnippets::stringLiteral(baseUrl) + QStringLiteral(",\n")
            + pythonHeaders(headers) + QStringLiteral(")\n\n");
    text += QStringLiteral("response = client.chat.completions.create(\n"
                           "    model=\"gpt-4o-mini\",\n"
                           "    messages=[{\"role\": \"user\", \"content\": \"Hello\"}],\n"
                           ")\n"
                           "print(response.choices[0].message.content)\n");
    return text;
}

QString openAiNode(const QString &baseUrl, const ClientSnippets::Headers &headers)
{
    QString text = QStringLiteral("import OpenAI from \"openai\";\n\n");
    text += QStringLiteral("// ")
            + ClientSnippets::tr("apiKey comes from OPENAI_API_KEY as usual; TokenTap forwards "
                                 "it.")
            + u'\n';
    text += QStringLiteral("const client = new OpenAI({\n  baseURL: ")
            + ClientSnippets::stringLiteral(baseUrl) + QStringLiteral(",\n");
    if (!headers.isEmpty()) {
        text += QStringLiteral("  defaultHeaders: {\n");
        for (const auto &[name, value] : headers)
            text += QStringLiteral("    ") + ClientSnippets::stringLiteral(name)
                    + QStringLiteral(": ") + ClientSnippets::stringLiteral(value)
                    + QStringLiteral(",\n");
        text += QStringLiteral("  },\n");
    }
    text += QStringLiteral("});\n\n");
    text += QStringLiteral("const completion = await client.chat.completions.create({\n"
                           "  model: \"gpt-4o-mini\",\n"
                           "  messages: [{ role: \"user\", content: \"Hello\" }],\n"
                           "});\n"
                           "console.log(completion.choices[0].message.content);\n");
    return text;
}

QString anthropicPython(const QString &baseUrl, const ClientSnippets::Headers &headers)
{
    QString text = QStringLiteral("from anthropic import Anthropic\n\n");
    text += QStringLiteral("# ")
            + ClientSnippets::tr("No /v1 here: the SDK appends /v1/messages itself. api_key comes "
                                 "from ANTHROPIC_API_KEY.")
            + u'\n';
    text += QStringLiteral("client = Anthropic(\n    base_url=")
            + ClientSnippets::stringLiteral(ClientSnippets::anthropicBaseUrl(baseUrl))
            + QStringLiteral(",\n") + pythonHeaders(headers) + QStringLiteral(")\n\n");
    text += QStringLiteral("message = client.messages.create(\n"
                           "    model=\"claude-haiku-4-5\",\n"
                           "    max_tokens=1024,\n"
                           "    messages=[{\"role\": \"user\", \"content\": \"Hello\"}],\n"
                           ")\n"
                           "print(message.content[0].text)\n");
    return text;
}

QString curl(const QString &baseUrl, const ClientSnippets::Headers &headers)
{
    const QString continuation = QStringLiteral(" \\\n  ");
    QString text = QStringLiteral("curl ")
            + ClientSnippets::shellQuote(baseUrl + QStringLiteral("/chat/completions"));
    // Double quotes so that the shell expands the key.
    text += continuation + QStringLiteral("-H \"Authorization: Bearer $OPENAI_API_KEY\"");
    text += continuation + QStringLiteral("-H ")
            + ClientSnippets::shellQuote(QStringLiteral("Content-Type: application/json"));
    for (const auto &[name, value] : headers)
        text += continuation + QStringLiteral("-H ")
                + ClientSnippets::shellQuote(name + QStringLiteral(": ") + value);
    text += continuation + QStringLiteral("-d ")
            + ClientSnippets::shellQuote(QStringLiteral(
                    "{\n"
                    "    \"model\": \"gpt-4o-mini\",\n"
                    "    \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]\n"
                    "  }"));
    return text + u'\n';
}

QString rooCodeCline(const QString &baseUrl, const ClientSnippets::Headers &headers)
{
    QString text;
    text += ClientSnippets::tr("In Roo Code or Cline, open the settings (the gear icon):") + u'\n';
    text += QStringLiteral("  ") + ClientSnippets::tr("API Provider: OpenAI Compatible") + u'\n';
    text += QStringLiteral("  ") + ClientSnippets::tr("Base URL: %1").arg(baseUrl) + u'\n';
    text += QStringLiteral("  ")
            + ClientSnippets::tr("API Key: your upstream's key (TokenTap forwards it), or any "
                                 "text when TokenTap stores the upstream's key")
            + u'\n';
    text += QStringLiteral("  ")
            + ClientSnippets::tr("Model ID: the upstream's model name, e.g. "
                                 "gpt-4o-mini")
            + u'\n';
    if (headers.isEmpty()) {
        text += QStringLiteral("  ")
                + ClientSnippets::tr("Custom Headers: none needed (optional, e.g. "
                                     "x-bt-use-cache: always to cache every call)")
                + u'\n';
    } else {
        text += QStringLiteral("  ") + ClientSnippets::tr("Custom Headers (one row each):") + u'\n';
        text += headerLines(headers, QStringLiteral("    ")) + u'\n';
    }
    return text;
}

} // namespace

QString ClientSnippets::clientBaseUrl(const QString &baseUrl)
{
    QString url = withoutTrailingSlashes(baseUrl.trimmed());
    if (url.isEmpty())
        return defaultBaseUrl();
    if (!url.endsWith(kV1))
        url += kV1;
    return url;
}

QString ClientSnippets::anthropicBaseUrl(const QString &baseUrl)
{
    QString url = clientBaseUrl(baseUrl);
    url.chop(kV1.size());
    // The default route (/v1) goes to the default upstream, OpenAI unless changed: Anthropic
    // clients go through the built-in "anthropic" upstream instead.
    const QUrl parsed(url);
    if (parsed.path().isEmpty() || parsed.path() == QLatin1String("/"))
        url = parsed.adjusted(QUrl::StripTrailingSlash).toString() + QStringLiteral("/anthropic");
    return url;
}

ClientSnippets::Headers ClientSnippets::effectiveHeaders(const Headers &headers,
                                                         const QString &accessToken)
{
    Headers result;
    const bool withToken = !accessToken.trimmed().isEmpty();
    for (const auto &[name, value] : headers) {
        const QString trimmed = name.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (withToken && trimmed.compare(accessTokenHeader(), Qt::CaseInsensitive) == 0)
            continue;
        result.append({trimmed, value.trimmed()});
    }
    if (withToken)
        result.append({accessTokenHeader(), accessToken.trimmed()});
    return result;
}

QString ClientSnippets::shellQuote(const QString &value)
{
    // The set of Python's shlex.quote: nothing here means anything to a POSIX shell.
    const auto isSafe = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                || QStringView(u"@%+=:,./_-").contains(c);
    };
    if (!value.isEmpty() && std::all_of(value.begin(), value.end(), isSafe))
        return value;
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString ClientSnippets::stringLiteral(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QList<ClientSnippet> ClientSnippets::all(const QString &baseUrl, const Headers &headers,
                                         const QString &accessToken)
{
    const QString url = clientBaseUrl(baseUrl);
    const Headers sent = effectiveHeaders(headers, accessToken);
    return {
            {QStringLiteral("env"), tr("Environment"), QStringLiteral("shell"),
             environment(url, sent)},
            {QStringLiteral("openai-python"), tr("OpenAI Python"), QStringLiteral("python"),
             openAiPython(url, sent)},
            {QStringLiteral("openai-node"), tr("OpenAI Node.js"), QStringLiteral("javascript"),
             openAiNode(url, sent)},
            {QStringLiteral("anthropic-python"), tr("Anthropic Python"), QStringLiteral("python"),
             anthropicPython(url, sent)},
            {QStringLiteral("curl"), tr("curl"), QStringLiteral("shell"), curl(url, sent)},
            {QStringLiteral("roo-cline"), tr("Roo Code / Cline"), QStringLiteral("text"),
             rooCodeCline(url, sent)},
    };
}
