// The browser side of the app that is not the main loop: the test hook (window.gongjian), a hidden
// text field so input methods (pinyin) and paste reach ImGui, and sizing the canvas to the page.
#pragma once
#include <string>

struct GLFWwindow;
namespace gj::ui {
class App;
}

namespace gj::web {

// Installs GLFW callbacks (ImGui's, except that typed characters come from the hidden text field
// while it has focus), ImGui's clipboard and IME hooks, and window.gongjian.
void installBridge(ui::App* app, GLFWwindow* window);
// Before each frame: follow the page size.
void beforeFrame();
// After each frame: keep the hidden text field focused at the caret while ImGui wants text,
// and tell the page the app is ready once the stored data is loaded, the tab lock has answered and the
// first frames with the data are on screen (window.gongjian.ready resolves only then).
void afterFrame();
// ?lang=en / ?lang=zh in the address: "en" / "zh"; "" without ?lang (the saved preference applies).
std::string pageLang();

}  // namespace gj::web
