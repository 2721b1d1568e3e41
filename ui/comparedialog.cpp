#include "comparedialog.h"

#include "displayformat.h"
#include "jsonview.h"

#include "cache/jsondiff.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QJsonValue jsonOf(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QString::fromUtf8(body));
}

QString title(const TraceRecord &call)
{
    return CompareDialog::tr("#%1 · %2 · %3")
            .arg(call.id)
            .arg(call.model, DisplayFormat::startDateTime(call.startUnixNs));
}

} // namespace

CompareDialog::CompareDialog(const TraceRecord &left, const TraceRecord &right, QWidget *parent)
    : QDialog(parent)
    , m_differences(new QListWidget(this))
{
    setWindowTitle(tr("Compare calls"));
    setObjectName(QStringLiteral("compareDialog"));
    resize(1100, 700);
    auto *tabs = new QTabWidget(this);
    auto addPair = [&](const QString &name, const QByteArray &a, const QByteArray &b) {
        auto *splitter = new QSplitter(Qt::Horizontal, tabs);
        for (const auto &[call, body] : {std::pair(&left, a), std::pair(&right, b)}) {
            auto *box = new QWidget(splitter);
            auto *layout = new QVBoxLayout(box);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(new QLabel(title(*call), box));
            auto *view = new JsonView(box);
            view->setBody(body);
            layout->addWidget(view);
            splitter->addWidget(box);
        }
        tabs->addTab(splitter, name);
    };
    addPair(tr("Requests"), left.requestBody, right.requestBody);
    addPair(tr("Responses"), left.responseBody, right.responseBody);

    const QStringList requestPaths =
            JsonDiff::differingPaths(jsonOf(left.requestBody), jsonOf(right.requestBody));
    const QStringList responsePaths = left.stream || right.stream
            ? QStringList()
            : JsonDiff::differingPaths(jsonOf(left.responseBody), jsonOf(right.responseBody));
    for (const QString &path : requestPaths)
        m_differences->addItem(tr("request: %1").arg(path.isEmpty() ? tr("(whole body)") : path));
    for (const QString &path : responsePaths)
        m_differences->addItem(tr("response: %1").arg(path.isEmpty() ? tr("(whole body)") : path));
    if (m_differences->count() == 0)
        m_differences->addItem(tr("The requests are identical."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("Where they differ:"), top));
    topLayout->addWidget(m_differences);
    splitter->addWidget(top);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
}

QStringList CompareDialog::differences() const
{
    QStringList items;
    for (int i = 0; i < m_differences->count(); ++i)
        items.append(m_differences->item(i)->text());
    return items;
}
