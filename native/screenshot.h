// PNG of the current OpenGL framebuffer, for the smoke test and the docs.
#pragma once
#include <string>

namespace gj::native {

// Reads the back buffer (width x height) and writes it to path. Returns "" or an error naming the file.
std::string writeFramebufferPng(const std::string& path, int width, int height);

}  // namespace gj::native
