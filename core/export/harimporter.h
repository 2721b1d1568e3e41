#pragma once

#include "llm/pricetable.h"
#include "trace/capturedcall.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Past traffic into the trace store: a HAR file from another tool (browser developer tools,
// HTTP Toolkit, mitmproxy) read as calls, so that they can be browsed and priced like recorded
// ones (usage and cost are extracted where the bodies are LLM API calls). A file with any
// malformed entry is refused whole, naming the entry; nothing is half-imported.
namespace HarImporter {

struct Result
{
    QList<CapturedCall> calls;
    QString error; // empty when the whole file was read
};

// Each entry as the call the proxy would have captured: request and response with their
// headers and bodies (a base64 body decoded), start time and phases from the timings.
Result read(const QByteArray &har);

struct ImportResult
{
    int exitCode = 0; // 0 imported, 1 could not write the store, 2 bad file or arguments
    QString message;
    qint64 imported = 0;
    qint64 skipped = 0; // already in the store (a TokenTap export imported again)
};
// `tokentap import FILE.har`: reads the file, builds the records (policy-free: everything is
// recorded, credentials redacted as always) and writes them in one transaction.
ImportResult importFile(const QString &harPath, const QString &databasePath,
                        const PriceTable &prices);

} // namespace HarImporter
