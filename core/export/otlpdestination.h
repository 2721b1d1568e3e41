#pragma once

#include "http/httpheaders.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <optional>

// Where OTLP spans go (issue 7): an OTLP/HTTP traces endpoint with its encoding, headers and
// what is sent to it. A plain value: the settings page edits a copy, ExportSettings stores it,
// the exporter works from a snapshot.
struct OtlpDestination
{
    enum class Encoding { Protobuf, Json };
    // What the settings page offers; Custom for anything else. The preset decides only the
    // defaults filled in and, for Braintrust, that a call's own x-bt-parent wins.
    enum class Preset {
        Custom,
        Braintrust,
        BraintrustSelfHosted,
        Langfuse,
        Phoenix,
        LocalCollector
    };

    QString id; // stable: names the outbox rows, the status and the stored secrets
    QString name; // shown to the user
    Preset preset = Preset::Custom;
    QUrl endpoint; // the full traces URL, e.g. http://127.0.0.1:4318/v1/traces
    Encoding encoding = Encoding::Protobuf;
    // Sent with every request, e.g. Authorization, x-bt-parent. "${NAME}" in a value is taken
    // from the environment when sending, so a key need not be stored at all.
    HttpHeaders headers;
    bool gzip = true;
    bool enabled = true;
    bool privacy = false; // send metrics only, never message content
    double samplingRate = 1.0; // 0..1 of traces (whole traces, decided by trace id)
    QString filter; // the trace browser's filter language; empty: every call

    static OtlpDestination braintrust(const QByteArray &apiKey, const QString &parent);
    // A self-hosted Braintrust data plane: `apiUrl` is its API URL, /otel/v1/traces is added.
    static OtlpDestination braintrustSelfHosted(const QUrl &apiUrl, const QByteArray &apiKey,
                                                const QString &parent);
    // Langfuse Cloud (EU) unless `baseUrl` names another region or a self-hosted instance.
    static OtlpDestination langfuse(const QByteArray &publicKey, const QByteArray &secretKey,
                                    const QUrl &baseUrl = {});
    // Arize Phoenix, local by default; a Phoenix Cloud space needs its API key.
    static OtlpDestination phoenix(const QUrl &endpoint = {}, const QByteArray &apiKey = {});
    // An OpenTelemetry Collector (or Jaeger) on this machine: http://127.0.0.1:4318/v1/traces.
    static OtlpDestination localCollector();
    static QString presetName(Preset preset);
    static QList<Preset> presets();

    static QString encodingName(Encoding encoding); // "proto", "json"
    static std::optional<Encoding> parseEncoding(const QString &name);
    QByteArray contentType() const;

    // Whether the settings make sense: an http(s) URL, a sampling rate within 0..1, a filter
    // that parses, valid header fields. `error` says what is wrong.
    bool isValid(QString *error) const;
    // Whether calls are routed by x-bt-parent (a Braintrust preset, or the header is set).
    bool routesByBtParent() const;
    // The headers of one request: environment references expanded and, for a Braintrust
    // destination, x-bt-parent replaced by the call's own `btParent` when it has one.
    HttpHeaders requestHeaders(const QString &btParent,
                               const QProcessEnvironment &environment =
                                       QProcessEnvironment::systemEnvironment()) const;

    friend bool operator==(const OtlpDestination &, const OtlpDestination &) = default;
};
