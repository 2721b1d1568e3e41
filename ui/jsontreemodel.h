#pragma once

#include <QAbstractItemModel>
#include <QByteArrayView>

#include <memory>

class JsonDocument;

// A JSON text as a tree: one row per object member or array element, with its key and its
// value (scalars as they are, containers as their size). A scalar document is one row. Rows
// are created when a view first asks for them: a large body costs only what is expanded.
// Object members come in the order the text has them, as the caller sent them.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole, // QString, e.g. "messages[2].content"; "" for a scalar document
        JsonTextRole, // QByteArray: the value as compact JSON, members in the text's order
        StringRole, // QString: a string value whole; nothing for other values
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Shows `json`; false (and an empty model) when it is not valid JSON.
    bool setJsonText(QByteArrayView json);
    void clear();

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

    // Declared before the nodes, which point into it, so that it is destroyed after them.
    std::unique_ptr<JsonDocument> m_document;
    std::unique_ptr<Node> m_root; // its children are the top-level rows
};
