#include "io/text_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace gj::io {

std::optional<std::string> readTextFile(const std::string& path, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (error) *error = path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    if (error) *error = path + ": read error";
    return std::nullopt;
  }
  return text.str();
}

}  // namespace gj::io
