#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace peyvand::customers {
class CustomerSearch;
}

namespace peyvand::ui {

// A customer field that searches as the user types (CustomerSearch, the
// same search as the customer list) and offers the best matches in a
// pop-up; picking one sets the customer. Typing again forgets the pick.
class CustomerPicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPicker)

public:
    static constexpr int kSuggestions = 12;

    explicit CustomerPicker(customers::CustomerSearch& search, QWidget* parent = nullptr);

    qint64 customerId() const { return m_customerId; }
    QString text() const;
    // Shows a picked customer (0 and an empty name clear the field).
    void setCustomer(qint64 customerId, const QString& name);
    void clear();
    void setReadOnly(bool readOnly);

    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    // The suggestions for the text now in the field (what the pop-up lists).
    QStandardItemModel* suggestions() const { return m_suggestions; }
    // Picks the n-th suggestion, as a click in the pop-up does.
    bool pickSuggestion(int row);

signals:
    void customerChanged(qint64 customerId); // picked, or 0 when the pick was forgotten
    void textEdited(const QString& text);

private:
    void updateSuggestions(const QString& text);

    customers::CustomerSearch& m_search;
    QLineEdit* m_edit = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_suggestions = nullptr;
    qint64 m_customerId = 0;
    QString m_pickedName;
};

} // namespace peyvand::ui
