#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

// A string cell shows one line; the whole string is in the tooltip and JsonValueRole.
constexpr qsizetype DisplayLimit = 500;
constexpr qsizetype ToolTipLimit = 4000;

bool isContainer(const QJsonValue &value)
{
    return value.isObject() || value.isArray();
}

int containerSize(const QJsonValue &value)
{
    if (value.isObject())
        return int(value.toObject().size());
    if (value.isArray())
        return int(value.toArray().size());
    return 0;
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
    Node(Node *parent, int row, QString key, QJsonValue value)
        : parent(parent)
        , row(row)
        , key(std::move(key))
        , value(std::move(value))
        , childCount(containerSize(this->value))
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
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            int row = 0;
            for (auto it = object.begin(); it != object.end(); ++it, ++row)
                children.push_back(std::make_unique<Node>(this, row, it.key(), it.value()));
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (int row = 0; row < array.size(); ++row)
                children.push_back(std::make_unique<Node>(this, row, QString(), array.at(row)));
        }
    }

    Node *parent;
    int row;
    QString key; // object members only
    QJsonValue value;
    int childCount;
    bool isDocument = false; // the row of a scalar document: no key, empty path
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>(nullptr, 0, QString(), QJsonValue()))
{ }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_root = std::make_unique<Node>(nullptr, 0, QString(), value);
    if (!isContainer(value) && !value.isUndefined())
        m_root->childCount = 1; // the scalar itself, as one row
    endResetModel();
}

void JsonTreeModel::setDocument(const QJsonDocument &document)
{
    if (document.isObject())
        setJson(document.object());
    else if (document.isArray())
        setJson(document.array());
    else
        clear();
}

void JsonTreeModel::clear()
{
    setJson(QJsonValue(QJsonValue::Undefined));
}

QJsonValue JsonTreeModel::json() const
{
    return m_root->value;
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

// Containers show their size in JSON's own brackets; strings are quoted so that "42" and
// "null" are not mistaken for a number or null. JSON notation: nothing to translate.
QString JsonTreeModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const QVariant number = value.toVariant(); // qlonglong when the number is integral
        if (number.typeId() == QMetaType::LongLong)
            return QString::number(number.toLongLong());
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        QString text = value.toString();
        const bool cut = text.size() > DisplayLimit;
        if (cut)
            text.truncate(DisplayLimit);
        text.replace(u'\n', u'\u21b5'); // ↵: one row, one line
        text.replace(u'\r', u' ');
        return quoted(text).chopped(cut ? 1 : 0) + (cut ? u"\u2026"_s : QString());
    }
    case QJsonValue::Array:
        return u'[' + QString::number(value.toArray().size()) + u']';
    case QJsonValue::Object:
        return u'{' + QString::number(value.toObject().size()) + u'}';
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ValueColumn)
            return valueText(node->value);
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
    case JsonValueRole:
        return QVariant::fromValue(node->value);
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
