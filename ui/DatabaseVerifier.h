#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace peyvand::ui {

// Runs storage::Database::verifyFile (integrity_check through its own
// read-only connection) in a worker thread, for databases too large to check
// while opening, and reports back on the GUI thread.
class DatabaseVerifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseVerifier)
public:
    explicit DatabaseVerifier(QObject* parent = nullptr);
    ~DatabaseVerifier() override;

    void start(const QString& path);

signals:
    void verified();
    void damaged(const QString& message, const QStringList& problems);

private:
    class QThread* m_thread = nullptr;
};

} // namespace peyvand::ui
