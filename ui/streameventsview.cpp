#include "streameventsview.h"

#include "jsonview.h"

#include "common/jsonwriter.h"
#include "llm/conversation.h"
#include "llm/endpointkind.h"
#include "llm/jsonview.h"
#include "llm/responseanalysis.h"
#include "trace/tracerecord.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The data column shows the start of each event: the whole of it is below the table.
constexpr qsizetype DataPreview = 200;

// The stored body in the pieces it arrived in. streamEventsJson lists [offset_ms, length] per
// piece; bytes it does not cover (an index cut short) count as arriving with the last piece.
QList<StreamPiece> arrivedPieces(const TraceRecord &record, bool *timed)
{
    const QByteArray &body = record.responseBody;
    const QJsonArray index = QJsonDocument::fromJson(record.streamEventsJson).array();
    QList<StreamPiece> pieces;
    qsizetype position = 0;
    qint64 offsetNs = 0;
    for (const QJsonValue &entry : index) {
        const QJsonArray piece = entry.toArray();
        offsetNs = qint64(piece.at(0).toDouble() * 1e6);
        const qsizetype length =
                std::clamp<qsizetype>(piece.at(1).toInteger(), 0, body.size() - position);
        pieces.append({offsetNs, body.mid(position, length)});
        position += length;
    }
    if (position < body.size())
        pieces.append({offsetNs, body.mid(position)});
    *timed = !index.isEmpty();
    return pieces;
}

// Fields every event of a stream repeats (who answers, which response) crowd out what changes
// from one event to the next; the one-line data leaves them out. The detail shows them.
const QLatin1StringView RepeatedFields[] = {
        "id"_L1,
        "object"_L1,
        "created"_L1,
        "model"_L1,
        "system_fingerprint"_L1,
        "service_tier"_L1,
        "sequence_number"_L1,
        "obfuscation"_L1,
        "item_id"_L1,
        "type"_L1, // shown in its own column
};

QString oneLine(const QByteArray &data)
{
    QString line;
    const JsonDocument document(data);
    if (document.isObject() && document.root().size() > 0) {
        // The event's own members in their order, less those every event repeats.
        QByteArray compact = "{";
        document.root().forEachMember([&](std::string_view key, const JsonValue &value) {
            const QLatin1StringView name(key.data(), qsizetype(key.size()));
            if (std::find(std::begin(RepeatedFields), std::end(RepeatedFields), name)
                != std::end(RepeatedFields))
                return;
            if (compact.size() > 1)
                compact += ',';
            JsonWriter::appendString(compact, QByteArray(key.data(), qsizetype(key.size())));
            compact += ':';
            compact += value.toJson();
        });
        line = QString::fromUtf8(compact + '}');
    } else {
        line = QString::fromUtf8(data.left(DataPreview * 4)).simplified();
    }
    if (line.size() > DataPreview) {
        line.truncate(DataPreview);
        line += u'\u2026';
    }
    return line;
}

QString eventType(const SseEvent &event)
{
    if (!event.type.isEmpty())
        return QString::fromUtf8(event.type);
    const QString type = JsonDocument(event.data).root()["type"].toString();
    // WHATWG's name for an event without an `event:` field.
    return type.isEmpty() ? u"message"_s : type;
}

} // namespace

StreamEventsView::StreamEventsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_assembled(new QPlainTextEdit(this))
    , m_note(new QLabel(this))
{
    m_model->setHorizontalHeaderLabels({tr("Time (ms)"), tr("Event"), tr("Data")});
    m_table->setObjectName(QStringLiteral("streamEvents"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a stream of thousands of events scrolls without measuring rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(TimeColumn, 80);
    m_table->horizontalHeader()->resizeSection(TypeColumn, 160);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEventData(current.row()); });

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : {m_detail, m_assembled}) {
        text->setReadOnly(true);
        text->setFont(fixed);
    }
    m_detail->setObjectName(QStringLiteral("streamEventData"));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setPlaceholderText(tr("Select an event to see its data."));
    m_assembled->setObjectName(QStringLiteral("streamAssembled"));

    auto *events = new QSplitter(Qt::Vertical, this);
    events->addWidget(m_table);
    events->addWidget(m_detail);
    events->setStretchFactor(0, 3);
    events->setStretchFactor(1, 1);

    auto *result = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(new QLabel(tr("Assembled result"), result));
    resultLayout->addWidget(m_assembled, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(events);
    split->addWidget(result);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);

    clear();
}

void StreamEventsView::clear()
{
    m_model->removeRows(0, m_model->rowCount());
    m_data.clear();
    m_detail->clear();
    m_assembled->clear();
    m_note->clear();
}

void StreamEventsView::setCall(const TraceRecord &record)
{
    clear();
    if (record.privacy) {
        m_note->setText(tr("This call was recorded in privacy mode: its events were not stored."));
        return;
    }
    if (!record.stream) {
        m_note->setText(tr("This response was not streamed."));
        return;
    }
    const QByteArray endpointName = record.endpoint.toLatin1();
    const EndpointKind kind = Endpoint::fromName(QLatin1StringView(endpointName));
    bool timed = false;
    const ResponseAnalysis analysis = analyzeStream(kind, arrivedPieces(record, &timed));
    if (analysis.events.isEmpty()) {
        m_note->setText(tr("The response holds no complete events."));
        m_assembled->setPlainText(QString::fromUtf8(record.responseBody.left(JsonView::RawLimit)));
        return;
    }

    // Filled while detached from the view: one reset instead of a signal per row.
    const QLocale locale;
    auto *model = new QStandardItemModel(this);
    model->setHorizontalHeaderLabels({tr("Time (ms)"), tr("Event"), tr("Data")});
    for (qsizetype i = 0; i < analysis.events.size(); ++i) {
        const SseEvent &event = analysis.events.at(i);
        auto *time = new QStandardItem;
        if (timed) {
            const double ms = double(analysis.eventOffsetsNs.value(i)) / 1e6;
            time->setText(locale.toString(ms, 'f', 1));
            time->setData(ms, Qt::UserRole);
        }
        time->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model->appendRow({time, new QStandardItem(eventType(event)),
                          new QStandardItem(oneLine(event.data))});
        m_data.append(event.data);
    }
    QStandardItemModel *oldModel = m_model;
    QItemSelectionModel *oldSelection = m_table->selectionModel();
    m_model = model;
    m_table->setModel(m_model);
    delete oldSelection; // setModel() leaves it to us
    delete oldModel;
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEventData(current.row()); });

    QString note = tr("%n event(s)", nullptr, int(analysis.events.size()));
    if (!timed)
        note += u' ' + tr("(arrival times were not recorded)");
    else if (analysis.firstTokenOffsetNs)
        note += u" \u00b7 "_s
                + tr("first token after %1 ms")
                          .arg(locale.toString(double(*analysis.firstTokenOffsetNs) / 1e6, 'f', 1));
    if (record.responseTruncated)
        note += u" \u00b7 "_s + tr("the response was truncated when it was recorded");
    m_note->setText(note);

    const Conversation conversation = Conversation::fromResponse(kind, record.responseBody, true);
    QStringList parts;
    if (const auto &reply = conversation.reply) {
        if (!reply->reasoning.isEmpty())
            parts.append(tr("Reasoning:") + u'\n' + reply->reasoning);
        if (!reply->text.isEmpty())
            parts.append(reply->text);
        for (const ToolCall &call : reply->toolCalls) {
            parts.append(tr("Tool call: %1 %2").arg(call.name, call.id).trimmed() + u'\n'
                         + QString::fromUtf8(JsonView::readable(call.arguments.toUtf8())));
        }
    }
    if (!conversation.responseError.isEmpty())
        parts.append(tr("Upstream error: %1").arg(conversation.responseError));
    if (!conversation.finishReason.isEmpty())
        parts.append(tr("Finish reason: %1").arg(conversation.finishReason));
    m_assembled->setPlainText(parts.join("\n\n"_L1));
}

QAbstractItemModel *StreamEventsView::eventModel() const
{
    return m_model;
}

QString StreamEventsView::assembledText() const
{
    return m_assembled->toPlainText();
}

QString StreamEventsView::detailText() const
{
    return m_detail->toPlainText();
}

QString StreamEventsView::noteText() const
{
    return m_note->text();
}

void StreamEventsView::selectEvent(int row)
{
    m_table->selectRow(row);
}

void StreamEventsView::showEventData(int row)
{
    if (row < 0 || row >= m_data.size()) {
        m_detail->clear();
        return;
    }
    m_detail->setPlainText(QString::fromUtf8(JsonView::readable(m_data.at(row))));
}
