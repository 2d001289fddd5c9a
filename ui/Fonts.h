#pragma once

#include <QString>

namespace peyvand::ui {

// The embedded Vazirmatn fonts (OFL, resources/fonts).
class Fonts final {
public:
    // Registers Vazirmatn Regular and Bold from the resources and returns the
    // family name, or an empty string when they could not be loaded.
    static QString registerEmbedded();
    // Registers the fonts and makes Vazirmatn the application font.
    static void applyApplicationFont(int pointSize = 10);
    // Registers the fonts core's DocumentRenderer embeds in printouts (once).
    static void registerDocumentFonts();

private:
    Fonts() = delete;
};

} // namespace peyvand::ui
