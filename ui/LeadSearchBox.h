#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace peyvand::leads {
class LeadQuery;
}

namespace peyvand::ui {

// A lead field that searches open leads as the user types (LeadQuery) and
// offers the best matches in a pop-up; picking one sets the lead. Typing
// again forgets the pick.
class LeadSearchBox final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadSearchBox)

public:
    static constexpr int kSuggestions = 12;

    explicit LeadSearchBox(leads::LeadQuery& leads, QWidget* parent = nullptr);

    qint64 leadId() const { return m_leadId; }
    QString text() const;
    void setLead(qint64 leadId, const QString& name);
    QLineEdit* lineEdit() const { return m_edit; }
    QStandardItemModel* suggestions() const { return m_suggestions; }
    // Picks the n-th suggestion, as a click in the pop-up does.
    bool pickSuggestion(int row);
    // Fills the suggestions for `text`, as typing it does.
    void search(const QString& text);

signals:
    void leadChanged(qint64 leadId);
    void textEdited(const QString& text);

private:
    leads::LeadQuery& m_leads;
    QLineEdit* m_edit = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_suggestions = nullptr;
    qint64 m_leadId = 0;
    QString m_pickedName;
};

} // namespace peyvand::ui
