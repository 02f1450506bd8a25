// Whole-file reads for assets and imports; errors name the file.
#pragma once
#include <optional>
#include <string>

namespace gj::io {

// The bytes of path, or nullopt with *error set to "<path>: <reason>".
std::optional<std::string> readTextFile(const std::string& path, std::string* error);

}  // namespace gj::io
