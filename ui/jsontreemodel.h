#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>

class QJsonDocument;

// A JSON value as a tree: one row per object member or array element, with its key and its
// value (scalars as they are, containers as their size). A scalar document is one row. Rows
// are created when a view first asks for them: a large body costs only what is expanded.
// Object members come in QJsonObject's order, sorted by key.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole, // QString, e.g. "messages[2].content"; "" for a scalar document
        JsonValueRole, // QJsonValue
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    void setJson(const QJsonValue &value);
    void setDocument(const QJsonDocument &document);
    void clear();
    QJsonValue json() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;

    Node *nodeAt(const QModelIndex &index) const;
    static QString path(const Node *node);
    static QString valueText(const QJsonValue &value);

    std::unique_ptr<Node> m_root; // holds the document; its children are the top-level rows
};
