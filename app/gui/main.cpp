// peyvand: the desktop application. Everything real lives in ui/ (peyvand_ui).
#include "Application.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart; // --measure-startup counts from here
    sinceStart.start();
    QApplication app(argc, argv);
    return peyvand::ui::Application::run(app, sinceStart);
}
