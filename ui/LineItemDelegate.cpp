#include "LineItemDelegate.h"

#include "Display.h"
#include "DocumentLinesModel.h"
#include "sales/CatalogService.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace peyvand::ui {

namespace {
constexpr int kProductIdRole = Qt::UserRole + 1;
constexpr int kCompletionRole = Qt::UserRole + 2;
const char* const kPickedProperty = "pickedProductId";
const char* const kColumnProperty = "lineColumn";

bool suggestsProducts(const QModelIndex& index)
{
    return qobject_cast<const DocumentLinesModel*>(index.model())
        && (index.column() == DocumentLinesModel::CodeColumn || index.column() == DocumentLinesModel::DescriptionColumn);
}
} // namespace

LineItemDelegate::LineItemDelegate(sales::CatalogService& catalog, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_catalog(catalog)
{
}

QWidget* LineItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                        const QModelIndex& index) const
{
    auto* editor = new QLineEdit(parent);
    editor->setFrame(false);
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    if (alignment.isValid())
        editor->setAlignment(Qt::Alignment(alignment.toInt()));
    Q_UNUSED(option);
    if (suggestsProducts(index)) {
        editor->setProperty(kColumnProperty, index.column());
        attachCompleter(editor);
    }
    return editor;
}

void LineItemDelegate::attachCompleter(QLineEdit* editor) const
{
    auto* suggestions = new QStandardItemModel(editor);
    auto* completer = new QCompleter(suggestions, editor);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(kCompletionRole);
    completer->setMaxVisibleItems(kSuggestions);
    editor->setCompleter(completer);
    connect(editor, &QLineEdit::textEdited, editor, [this, editor](const QString& text) {
        editor->setProperty(kPickedProperty, QVariant());
        fillSuggestions(editor, text);
    });
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), editor,
            [this, editor](const QModelIndex& picked) {
                editor->setProperty(kPickedProperty, picked.data(kProductIdRole));
                auto* self = const_cast<LineItemDelegate*>(this);
                emit self->commitData(editor);
                // Closed here: its focus leaving later must not close it again.
                editor->removeEventFilter(self);
                emit self->closeEditor(editor, QAbstractItemDelegate::NoHint);
            });
}

void LineItemDelegate::fillSuggestions(QLineEdit* editor, const QString& text) const
{
    auto* completer = editor->completer();
    auto* suggestions = completer ? qobject_cast<QStandardItemModel*>(completer->model()) : nullptr;
    if (!suggestions)
        return;
    suggestions->clear();
    if (text.trimmed().isEmpty())
        return;
    sales::ProductFilter filter;
    filter.query = text;
    filter.limit = kSuggestions;
    const Result<QList<sales::Product>> products = m_catalog.list(filter);
    if (!products)
        return;
    const bool byCode = editor->property(kColumnProperty).toInt() == DocumentLinesModel::CodeColumn;
    for (const sales::Product& product : *products) {
        QStringList parts;
        if (!product.code.isEmpty())
            parts << Display::isolate(Display::digits(product.code));
        parts << Display::digits(product.name);
        parts << tr("%1 Rial").arg(Display::number(product.unitPrice.rial()));
        auto* item = new QStandardItem(parts.join(QStringLiteral(" — ")));
        item->setData(product.id, kProductIdRole);
        item->setData(byCode && !product.code.isEmpty() ? product.code : product.name, kCompletionRole);
        suggestions->appendRow(item);
    }
    if (suggestions->rowCount() > 0)
        completer->complete();
}

void LineItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (!line) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    line->setText(index.data(Qt::EditRole).toString());
}

void LineItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (!line) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const qint64 productId = line->property(kPickedProperty).toLongLong();
    auto* lines = qobject_cast<DocumentLinesModel*>(model);
    if (productId > 0 && lines) {
        const Result<sales::Product> product = m_catalog.get(productId);
        if (product) {
            lines->applyProduct(index.row(), *product);
            emit const_cast<LineItemDelegate*>(this)->productApplied(index.row());
            return;
        }
    }
    model->setData(index, line->text(), Qt::EditRole);
}

} // namespace peyvand::ui
