#include "DatabaseVerifier.h"

#include "ErrorText.h"
#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace peyvand::ui {

DatabaseVerifier::DatabaseVerifier(QObject* parent)
    : QObject(parent)
{
}

DatabaseVerifier::~DatabaseVerifier()
{
    if (m_thread) {
        // integrity_check cannot be interrupted; a closing window waits for it.
        m_thread->wait();
        delete m_thread;
    }
}

void DatabaseVerifier::start(const QString& path)
{
    if (m_thread)
        return;
    QPointer<DatabaseVerifier> self(this);
    m_thread = QThread::create([self, path] {
        QStringList problems;
        const Status status = storage::Database::verifyFile(path, &problems);
        QMetaObject::invokeMethod(self.data(), [self, status, problems] {
            if (!self)
                return;
            if (status)
                emit self->verified();
            else
                emit self->damaged(ErrorText::describe(status.error()), problems);
        }, Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace peyvand::ui
