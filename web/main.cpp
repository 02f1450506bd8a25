// The browser app: the same shared UI as the desktop program, driven by emscripten_set_main_loop.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "browser_bridge.h"
#include "ui/app.h"

namespace {

GLFWwindow* gWindow = nullptr;
gj::ui::App gApp;

EM_JS(void, js_show_fatal, (const char* message), {
  if (Module.showFatal) Module.showFatal(UTF8ToString(message));
});

void frame() {
  gj::web::beforeFrame();
  glfwPollEvents();
  if (gApp.prepareFrame()) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  gApp.frame();
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(gWindow, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  gj::web::afterFrame();
}

}  // namespace

int main() {
  if (!glfwInit()) {
    js_show_fatal("GLFW could not start");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  gWindow = glfwCreateWindow(1280, 800, "共建 Gongjian", nullptr, nullptr);
  if (!gWindow) {
    js_show_fatal("WebGL2 context could not be created");
    return 1;
  }
  glfwMakeContextCurrent(gWindow);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // layout is kept through the app's storage, not a file

  gj::ui::AppOptions options;
  options.assetDir = "/assets";
  options.platform = "web";
  gj::ui::parseLang(gj::web::pageLang(), &options.lang);
  if (auto err = gApp.init(options); !err.empty()) {
    js_show_fatal(err.c_str());
    return 1;
  }
  ImGui_ImplGlfw_InitForOpenGL(gWindow, false);
  gj::web::installBridge(&gApp, gWindow);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
