#pragma once

#include <QObject>

class QWidget;

namespace peyvand::ui {

// Tells when a widget has painted for the first time (for --measure-startup
// and --screenshot): emits firstPaint once, just after that paint completed.
class StartupProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupProbe)

public:
    explicit StartupProbe(QWidget* watched, QObject* parent = nullptr);

signals:
    void firstPaint();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_seen = false;
};

} // namespace peyvand::ui
