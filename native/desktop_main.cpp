// The desktop program: a GLFW window running the shared UI's frame function in a loop.
#include <cstdio>
#include <filesystem>
#include <iostream>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "desktop_options.h"
#include "screenshot.h"
#include "ui/app.h"

namespace {

void onGlfwError(int code, const char* text) { std::fprintf(stderr, "gongjian: GLFW error %d: %s\n", code, text); }

}  // namespace

int main(int argc, char** argv) {
  gj::native::DesktopOptions options;
  if (int code = gj::native::parseDesktopOptions(argc, argv, &options); code >= 0) return code;

  std::error_code ec;
  std::filesystem::create_directories(options.dataDir, ec);
  if (ec) {
    std::cerr << "gongjian: cannot create the data folder " << options.dataDir << ": " << ec.message() << "\n";
    return 1;
  }

  glfwSetErrorCallback(onGlfwError);
  if (!glfwInit()) {
    std::cerr << "gongjian: no display could be opened (is DISPLAY set?)\n";
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  if (!options.screenshotPath.empty()) glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
  GLFWwindow* window = glfwCreateWindow(options.width, options.height, "共建 Gongjian", nullptr, nullptr);
  if (!window) {
    std::cerr << "gongjian: cannot create an OpenGL 3.0 window\n";
    glfwTerminate();
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  // ImGui's layout file lives in the data folder, not in whatever folder the program was started from.
  static std::string iniPath = options.dataDir + "/imgui.ini";
  ImGui::GetIO().IniFilename = iniPath.c_str();

  gj::ui::App app;
  gj::ui::AppOptions appOptions;
  appOptions.assetDir = options.assetDir;
  appOptions.lang = options.lang;
  appOptions.platform = "native";
  if (auto err = app.init(appOptions); !err.empty()) {
    std::cerr << "gongjian: " << err << "\n";
    return 1;
  }
  ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 130");

  int exitCode = 0;
  while (!glfwWindowShouldClose(window)) {
    glfwPollEvents();
    if (app.prepareFrame()) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
    int width = 0, height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClearColor(0.98f, 0.98f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (!options.screenshotPath.empty() && app.frameCount() >= options.frames) {
      if (auto err = gj::native::writeFramebufferPng(options.screenshotPath, width, height); !err.empty()) {
        std::cerr << "gongjian: " << err << "\n";
        exitCode = 1;
      }
      break;
    }
    glfwSwapBuffers(window);
  }

  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwDestroyWindow(window);
  glfwTerminate();
  return exitCode;
}
