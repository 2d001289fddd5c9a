// Catch2 main for the document tests: rendering needs a QGuiApplication (fonts),
// on the offscreen platform so that no display is needed.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "documents/DocumentRenderer.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (auto status = peyvand::documents::DocumentRenderer::registerFonts(); !status) {
        std::fprintf(stderr, "fonts: %s\n", qPrintable(status.error().message));
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
