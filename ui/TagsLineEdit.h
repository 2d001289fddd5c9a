#pragma once

#include <QLineEdit>

class QCompleter;
class QStringListModel;

namespace peyvand::ui {

// Comma-separated tags with completion of the tag being typed from the tags in use.
class TagsLineEdit final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsLineEdit)

public:
    explicit TagsLineEdit(QWidget* parent = nullptr);

    void setKnownTags(const QStringList& tags);
    void setTags(const QStringList& tags);
    // The tags typed, split on Latin and Arabic commas, trimmed, empty parts dropped.
    QStringList tags() const;

private:
    QString currentPart() const;
    void insertCompletion(const QString& tag);

    QCompleter* m_completer = nullptr;
    QStringListModel* m_known = nullptr;
};

} // namespace peyvand::ui
