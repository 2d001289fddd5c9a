#pragma once

#include <QDate>
#include <QDateTime>

namespace peyvand {

// The one source of "now" in core, so that tests and benchmarks can fix time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Today's date in the machine's local time zone.
    QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const Clock& instance();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) { }
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace peyvand
