// SPDX-FileCopyrightText: 2026 OCC Proof Studio contributors
// SPDX-License-Identifier: Apache-2.0

#include "prooftreemodel.h"

#include "fielddecoder.h"

#include "core/canonicaljson.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Occ::Ui {

ProofTreeModel::ProofTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ProofTreeModel::~ProofTreeModel() = default;

QString ProofTreeModel::tierText(FieldTier tier)
{
    switch (tier) {
    case FieldTier::Signed:
        return tr("Signed");
    case FieldTier::SelfAuthenticating:
        return tr("Self-authenticating");
    case FieldTier::Advisory:
        return tr("Advisory (unsigned)");
    }
    return {};
}

QIcon ProofTreeModel::tierIcon(std::optional<FieldTier> tier)
{
    // Shapes differ as well as colours, so the tier never rests on colour alone.
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (!tier) {
        p.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5));
        p.drawLine(3, 8, 13, 8);
    } else if (*tier == FieldTier::Signed) {
        p.setBrush(QColor(0x1e, 0x88, 0x3a));
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 14, 14);
        p.setPen(QPen(Qt::white, 2));
        p.drawPolyline(QPolygonF({QPointF(4.5, 8), QPointF(7, 10.5), QPointF(11.5, 5)}));
    } else if (*tier == FieldTier::SelfAuthenticating) {
        p.setBrush(QColor(0x1f, 0x5f, 0xbf));
        p.setPen(Qt::NoPen);
        p.drawRect(2, 2, 12, 12);
        p.setPen(QPen(Qt::white, 2));
        p.drawPolyline(QPolygonF({QPointF(4.5, 8), QPointF(7, 10.5), QPointF(11.5, 5)}));
    } else {
        p.setBrush(QColor(0xc2, 0x7c, 0x0e));
        p.setPen(Qt::NoPen);
        p.drawPolygon(QPolygonF({QPointF(8, 1), QPointF(15, 14), QPointF(1, 14)}));
        p.setPen(QPen(Qt::white, 2));
        p.drawLine(8, 5, 8, 9);
        p.drawPoint(8, 12);
    }
    return QIcon(pm);
}

void ProofTreeModel::clear()
{
    beginResetModel();
    m_proof = JsonValue();
    m_root = std::make_unique<Node>();
    endResetModel();
}

void ProofTreeModel::setProof(const JsonValue &proof)
{
    beginResetModel();
    m_proof = proof;
    m_root = std::make_unique<Node>();
    build(m_root.get(), m_proof);
    endResetModel();
}

void ProofTreeModel::build(Node *node, const JsonValue &value)
{
    auto addChild = [&](const QString &name, const QString &segment, const JsonValue &child) {
        auto c = std::make_unique<Node>();
        c->name = name;
        c->segments = node->segments;
        c->segments.append(segment);
        c->path = FieldTiers::displayPath(c->segments);
        c->parent = node;
        c->row = int(node->children.size());
        Node *raw = c.get();
        node->children.push_back(std::move(c));
        build(raw, child);
    };
    const bool container = (value.isObject() && !value.asObject()->isEmpty())
                           || (value.isArray() && !value.asArray()->empty());
    if (!container) {
        node->leaf = true;
        node->valueText = value.asString() ? *value.asString()
                                           : QString::fromUtf8(Json::toPrettyJson(value, 0));
        node->decoded = FieldDecoder::decode(node->segments, value);
        node->tier = FieldTiers::tierOf(m_proof, node->segments, &node->reason);
        return;
    }
    if (const JsonObject *o = value.asObject()) {
        for (qsizetype i = 0; i < o->size(); ++i)
            addChild(o->keyAt(i), o->keyAt(i), o->valueAt(i));
        node->valueText = tr("%n member(s)", nullptr, int(o->size()));
    } else {
        const JsonArray &a = *value.asArray();
        for (size_t i = 0; i < a.size(); ++i)
            addChild(u"[%1]"_s.arg(i), u"[%1]"_s.arg(i), a[i]);
        node->valueText = tr("%n item(s)", nullptr, int(a.size()));
    }
    // A container's coverage: its children's, when they agree.
    std::optional<FieldTier> common = node->children.front()->tier;
    bool mixed = false;
    for (const auto &c : node->children) {
        if (!c->tier || c->tier != common)
            mixed = true;
    }
    if (mixed) {
        node->tier.reset();
        node->reason = tr("Some members are signed and some are not: see each one.");
    } else {
        node->tier = common;
        node->reason = node->children.front()->reason;
    }
}

ProofTreeModel::Node *ProofTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ProofTreeModel::indexForPath(const QString &path) const
{
    std::function<QModelIndex(const Node *)> find = [&](const Node *n) -> QModelIndex {
        for (const auto &c : n->children) {
            if (c->path == path)
                return createIndex(c->row, 0, c.get());
            if (path.startsWith(c->path)) {
                if (QModelIndex found = find(c.get()); found.isValid())
                    return found;
            }
        }
        return {};
    };
    return find(m_root.get());
}

QModelIndex ProofTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ProofTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeFor(child);
    if (!child.isValid() || !n->parent || n->parent == m_root.get())
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int ProofTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ProofTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProofTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = nodeFor(index);
    const QString tierWords = n->tier ? tierText(*n->tier) : tr("Mixed");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn:
            return n->name;
        case ValueColumn:
            if (!n->leaf)
                return n->valueText;
            return n->decoded.isEmpty() ? n->valueText
                                        : tr("%1  (%2)").arg(n->valueText, n->decoded);
        case CoverageColumn:
            return tierWords;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == CoverageColumn)
            return tierIcon(n->tier);
        break;
    case Qt::ToolTipRole: {
        QString tip = u"<b>%1</b> — %2<br>%3"_s.arg(n->path.toHtmlEscaped(),
                                                    tierWords.toHtmlEscaped(),
                                                    n->reason.toHtmlEscaped());
        if (n->tier == FieldTier::Advisory)
            tip += u"<br>"_s
                   + tr("Not covered by any signature: anyone could have changed it.")
                         .toHtmlEscaped();
        if (!n->decoded.isEmpty())
            tip += u"<br><i>%1</i>"_s.arg(n->decoded.toHtmlEscaped());
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1: %2, %3").arg(n->path, tierWords, n->leaf ? n->valueText : n->valueText);
    case PathRole:
        return n->path;
    case TierRole:
        return n->tier ? fieldTierId(*n->tier) : u"mixed"_s;
    case RawValueRole:
        return n->leaf ? n->valueText : QString();
    case DecodedRole:
        return n->decoded;
    }
    return {};
}

QVariant ProofTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case CoverageColumn:
        return tr("Coverage");
    }
    return {};
}

} // namespace Occ::Ui
