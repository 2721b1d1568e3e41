#include "jsontreemodel.h"

#include "llm/jsonview.h"

#include <QLocale>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

// A string cell shows one line; the whole string is in the tooltip and StringRole.
constexpr qsizetype DisplayLimit = 500;
constexpr qsizetype ToolTipLimit = 4000;

bool isContainer(const JsonValue &value)
{
    return value.isObject() || value.isArray();
}

// Keys that can follow a dot in a path; others are written as ["key"].
bool isIdentifier(const QString &key)
{
    if (key.isEmpty() || key.front().isDigit())
        return false;
    for (QChar c : key) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'$') || c.unicode() > 127)
            return false;
    }
    return true;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + escaped + u'"';
}

} // namespace

struct JsonTreeModel::Node
{
    Node(Node *parent, int row, QString key, JsonValue value)
        : parent(parent)
        , row(row)
        , key(std::move(key))
        , value(value)
        , childCount(int(value.size()))
    { }

    // Children are made all at once, the first time any of them is asked for.
    void populate(bool scalarDocument)
    {
        if (populated)
            return;
        populated = true;
        if (scalarDocument) {
            children.push_back(std::make_unique<Node>(this, 0, QString(), value));
            children.back()->isDocument = true;
            return;
        }
        children.reserve(size_t(childCount));
        int next = 0;
        value.forEachMember([&](std::string_view key, const JsonValue &member) {
            children.push_back(std::make_unique<Node>(
                    this, next++, QString::fromUtf8(key.data(), qsizetype(key.size())), member));
        });
        value.forEach([&](const JsonValue &element) {
            children.push_back(std::make_unique<Node>(this, next++, QString(), element));
        });
    }

    // Containers show their size in JSON's own brackets; strings are quoted so that "42" and
    // "null" are not mistaken for a number or null. JSON notation: nothing to translate.
    QString valueText() const
    {
        if (value.isNull())
            return u"null"_s;
        if (value.isBool())
            return value.toBool() ? u"true"_s : u"false"_s;
        if (value.isNumber()) {
            if (const std::optional<qint64> integer = value.toInteger())
                return QString::number(*integer);
            return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        }
        if (value.isString()) {
            QString text = value.toString();
            const bool cut = text.size() > DisplayLimit;
            if (cut)
                text.truncate(DisplayLimit);
            text.replace(u'\n', u'\u21b5'); // ↵: one row, one line
            text.replace(u'\r', u' ');
            return quoted(text).chopped(cut ? 1 : 0) + (cut ? u"\u2026"_s : QString());
        }
        if (value.isArray())
            return u'[' + QString::number(childCount) + u']';
        if (value.isObject())
            return u'{' + QString::number(childCount) + u'}';
        return {};
    }

    Node *parent;
    int row;
    QString key; // object members only
    JsonValue value; // a position in the model's document
    int childCount;
    bool isDocument = false; // the row of a scalar document: no key, empty path
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>(nullptr, 0, QString(), JsonValue()))
{ }

JsonTreeModel::~JsonTreeModel() = default;

bool JsonTreeModel::setJsonText(QByteArrayView json)
{
    auto document = std::make_unique<JsonDocument>(json, JsonDocument::Lifetime::Kept);
    if (!document->isValid()) {
        clear();
        return false;
    }
    beginResetModel();
    m_root.reset(); // before the document its nodes point into
    m_document = std::move(document);
    const JsonValue &root = m_document->root();
    m_root = std::make_unique<Node>(nullptr, 0, QString(), root);
    if (!isContainer(root))
        m_root->childCount = 1; // the scalar itself, as one row
    endResetModel();
    return true;
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>(nullptr, 0, QString(), JsonValue());
    m_document.reset();
    endResetModel();
}

JsonTreeModel::Node *JsonTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || parent.column() > 0)
        return {};
    Node *node = nodeAt(parent);
    if (row >= node->childCount)
        return {};
    node->populate(node == m_root.get() && !isContainer(node->value));
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parent = nodeAt(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return nodeAt(parent)->childCount;
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QString JsonTreeModel::path(const Node *node)
{
    QStringList segments;
    for (; node && node->parent && !node->isDocument; node = node->parent) {
        if (node->parent->value.isArray())
            segments.prepend(u'[' + QString::number(node->row) + u']');
        else if (isIdentifier(node->key))
            segments.prepend(node->parent->parent ? u'.' + node->key : node->key);
        else
            segments.prepend(u'[' + quoted(node->key) + u']');
    }
    return segments.join(QString());
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ValueColumn)
            return node->valueText();
        if (node->isDocument)
            return QString();
        return node->parent->value.isArray() ? QString::number(node->row) : node->key;
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn)
            return path(node);
        if (node->value.isString()) {
            const QString text = node->value.toString();
            return text.size() > ToolTipLimit ? text.left(ToolTipLimit) + u'\u2026' : text;
        }
        return {};
    case PathRole:
        return path(node);
    case JsonTextRole:
        return node->value.toJson();
    case StringRole:
        return node->value.isString() ? QVariant(node->value.toString()) : QVariant();
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}
