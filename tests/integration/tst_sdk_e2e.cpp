// The official OpenAI and Anthropic Node SDKs (tests/sdk/sdk_check.mjs) talking to the
// in-process proxy, which forwards to an upstream serving the LLM fixtures. Real clients are the
// judges here: their SSE parsers, base64 embedding decoding and stream helpers must all accept
// what TokenTap relays.

#include "llmfixtures.h"
#include "proxyharness.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

#include <iterator>

namespace {

QString sdkDir()
{
    return QStringLiteral(TOKENTAP_SOURCE_DIR "/tests/sdk");
}

// One line per check, in the order sdk_check.mjs runs them.
const char *const Checks[] = {
        "openai chat.completions.create",
        "openai chat.completions.create stream with include_usage",
        "openai chat.completions.create stream without usage",
        "openai chat.completions.stream finalChatCompletion",
        "openai completions.create",
        "openai completions.create stream with include_usage",
        "openai embeddings.create (base64 on the wire)",
        "openai embeddings.create encoding_format float",
        "openai responses.create",
        "openai responses.create stream",
        "openai responses.stream finalResponse",
        "openai models.list",
        "anthropic messages.create",
        "anthropic messages.create stream",
        "anthropic messages.stream finalMessage",
        "anthropic models.list",
};

// What the fake upstream must have received for each check, in the same order.
struct Expected
{
    const char *method;
    const char *path; // without the query
    bool anthropic;
    bool stream;
    const char *extra; // a body field that must be present ("a.b" for nested), or null
    const char *extraValue; // its value as compact JSON
};

const Expected Requests[] = {
        {"POST", "/v1/chat/completions", false, false, nullptr, nullptr},
        {"POST", "/v1/chat/completions", false, true, "stream_options.include_usage", "true"},
        {"POST", "/v1/chat/completions", false, true, nullptr, nullptr},
        {"POST", "/v1/chat/completions", false, true, nullptr, nullptr},
        {"POST", "/v1/completions", false, false, nullptr, nullptr},
        {"POST", "/v1/completions", false, true, "stream_options.include_usage", "true"},
        {"POST", "/v1/embeddings", false, false, "encoding_format", "\"base64\""},
        {"POST", "/v1/embeddings", false, false, "encoding_format", "\"float\""},
        {"POST", "/v1/responses", false, false, nullptr, nullptr},
        {"POST", "/v1/responses", false, true, nullptr, nullptr},
        {"POST", "/v1/responses", false, true, nullptr, nullptr},
        {"GET", "/v1/models", false, false, nullptr, nullptr},
        {"POST", "/v1/messages", true, false, "max_tokens", "256"},
        {"POST", "/v1/messages", true, true, nullptr, nullptr},
        {"POST", "/v1/messages", true, true, nullptr, nullptr},
        {"GET", "/v1/models", true, false, nullptr, nullptr},
};
static_assert(std::size(Checks) == std::size(Requests));

QByteArray compactJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QJsonValue field(const QJsonObject &object, const QByteArray &dottedName)
{
    QJsonValue value = object;
    const QList<QByteArray> names = dottedName.split('.');
    for (const QByteArray &name : names)
        value = value.toObject().value(QLatin1String(name));
    return value;
}

} // namespace

class TestSdkEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void officialSdksThroughTheProxy();

private:
    QString m_node;
};

void TestSdkEndToEnd::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not on PATH (./.ci/install-deps.sh installs it)");
    QVERIFY2(QFileInfo::exists(sdkDir() + QStringLiteral("/node_modules/openai/package.json"))
                     && QFileInfo::exists(
                             sdkDir()
                             + QStringLiteral("/node_modules/@anthropic-ai/sdk/package.json")),
             "the SDKs are not installed: npm ci --prefix tests/sdk (./test.sh does it)");
}

void TestSdkEndToEnd::officialSdksThroughTheProxy()
{
    ProxyHarness h;
    // Events a few milliseconds apart, so each reaches the SDK in its own read as from a model.
    h.upstream.setHandler(LlmFixtures::handler(&h.upstream, 5));
    ProxyConfig config = h.defaultConfig();
    config.upstreams.append(
            *Upstream::fromUrl(QStringLiteral("anthropic"), h.upstream.baseUrl(), nullptr));
    QVERIFY(h.start(config));

    QProcess node;
    // Credentials and base URLs from the environment must not leak into the SDK clients.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (name.startsWith(QLatin1String("OPENAI_"))
            || name.startsWith(QLatin1String("ANTHROPIC_")))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    node.setProcessEnvironment(environment);
    node.setWorkingDirectory(sdkDir());
    node.start(m_node,
               {sdkDir() + QStringLiteral("/sdk_check.mjs"),
                QStringLiteral("http://127.0.0.1:%1").arg(h.port())});
    QVERIFY2(node.waitForStarted(10000), qPrintable(node.errorString()));
    // The fake upstream lives in this thread: keep its event loop turning while node runs.
    const bool finished =
            QTest::qWaitFor([&] { return node.state() == QProcess::NotRunning; }, 90000);
    if (!finished) {
        node.kill();
        node.waitForFinished(5000);
    }
    const QString out = QString::fromUtf8(node.readAllStandardOutput());
    const QString err = QString::fromUtf8(node.readAllStandardError());
    const bool ok = finished && node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0;
    // QTest cuts long messages, and the failed checks' details are what matters. Warnings on
    // stderr (an SDK's deprecation notice, say) do not fail the test but are shown.
    if (!ok)
        qWarning().noquote() << QStringLiteral("node said:\n") + out + err;
    else if (!err.isEmpty())
        qWarning().noquote() << QStringLiteral("node warned:\n") + err;
    QVERIFY2(finished, "sdk_check.mjs did not finish within 90 s");
    QCOMPARE(node.exitStatus(), QProcess::NormalExit);
    QCOMPARE(node.exitCode(), 0);

    QStringList expectedLines;
    for (const char *check : Checks)
        expectedLines.append(QStringLiteral("ok - ") + QString::fromUtf8(check));
    expectedLines.append(QStringLiteral("%1 passed, 0 failed").arg(std::size(Checks)));
    QCOMPARE(out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), expectedLines);

    const QList<FakeUpstream::Request> &requests = h.upstream.requests();
    QCOMPARE(requests.size(), qsizetype(std::size(Requests)));
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Expected &expected = Requests[i];
        const FakeUpstream::Request &request = requests.at(i);
        const HttpHeaders &headers = request.head.headers;
        const QByteArray where = "request " + QByteArray::number(i) + " (" + Checks[i] + ")";
        QVERIFY2(request.head.method == expected.method, where.constData());
        QVERIFY2(request.head.target.split('?').first() == expected.path, where.constData());
        if (expected.anthropic) {
            // SDK 1.x sends the key as a bearer token, older ones as x-api-key: either must pass.
            const QByteArray key = "sk-ant-tokentap-sdk-check-0002";
            QVERIFY2(headers.value("x-api-key") == key
                             || headers.value("Authorization") == "Bearer " + key,
                     where.constData());
            QVERIFY2(!headers.value("anthropic-version").isEmpty(), where.constData());
            QVERIFY2(headers.value("User-Agent").startsWith("Anthropic/JS "), where.constData());
        } else {
            QVERIFY2(headers.value("Authorization") == "Bearer sk-tokentap-sdk-check-0001",
                     where.constData());
            QVERIFY2(!headers.contains("anthropic-version"), where.constData());
            QVERIFY2(headers.value("User-Agent").startsWith("OpenAI/JS "), where.constData());
        }
        QVERIFY2(headers.value("Host") == "127.0.0.1:" + QByteArray::number(h.upstream.port()),
                 where.constData());
        if (request.head.method == "GET") {
            QVERIFY2(request.body.isEmpty(), where.constData());
            continue;
        }
        QVERIFY2(headers.value("Content-Type").startsWith("application/json"), where.constData());
        QJsonParseError error;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, where.constData());
        QVERIFY2(body.value(QLatin1String("model")).isString(), where.constData());
        QVERIFY2(body.value(QLatin1String("stream")).toBool() == expected.stream,
                 where.constData());
        if (expected.extra) {
            QCOMPARE(compactJson(field(body, expected.extra)), QByteArray(expected.extraValue));
        }
    }
}

QTEST_GUILESS_MAIN(TestSdkEndToEnd)
#include "tst_sdk_e2e.moc"
