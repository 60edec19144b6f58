// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "core/fieldtiers.h"
#include "core/jsonvalue.h"

#include <QAbstractItemModel>
#include <QIcon>

#include <memory>
#include <optional>
#include <vector>

namespace Occ::Ui {

/**
 * A proof as a tree of fields with three columns: Field, Value, Coverage. The coverage of every
 * leaf comes from the core field-tier table (FieldTiers), the same table the verifier and
 * `occ inspect` use; a member or array shows "Mixed" when its children differ. Unknown members
 * are shown with the tier of where they stand.
 */
class ProofTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, CoverageColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< display path, e.g. "commit.counter"
        TierRole,                    ///< fieldTierId(), or "mixed"
        RawValueRole,                ///< the value as JSON text (strings unquoted)
        DecodedRole,                 ///< FieldDecoder's reading, or empty
    };

    explicit ProofTreeModel(QObject *parent = nullptr);
    ~ProofTreeModel() override;

    void setProof(const JsonValue &proof);
    void clear();

    /** The index of a display path ("commit.counter"), column 0; invalid when absent. */
    QModelIndex indexForPath(const QString &path) const;

    static QString tierText(FieldTier tier);
    static QIcon tierIcon(std::optional<FieldTier> tier);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        QString name;
        QStringList segments;
        QString path;
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        bool leaf = false;
        QString valueText;
        QString decoded;
        std::optional<FieldTier> tier; ///< empty: mixed
        QString reason;
    };
    void build(Node *node, const JsonValue &value);
    Node *nodeFor(const QModelIndex &index) const;

    JsonValue m_proof;
    std::unique_ptr<Node> m_root;
};

} // namespace Occ::Ui
