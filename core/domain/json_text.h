// Reading JSON text that comes from outside the program (files, stored documents, imports) with its limits
// checked before nlohmann builds a tree: nlohmann parses, copies and destroys recursively, so very deep input
// overflows the stack (natively and in WebAssembly), and it silently keeps the last of two equal keys.
//
// Refused, each with the byte offset where it was found:
//   text larger than max_bytes; UTF-16 (a byte order mark or NUL bytes); invalid UTF-8; nesting deeper than
//   max_depth; an integer beyond ±2^53 (money in fen and counts must stay exact in every JSON reader);
//   a key given twice in one object; then whatever nlohmann finds (syntax), with its position.
// A UTF-8 byte order mark at the start is allowed and skipped.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace gj {

struct JsonLimits {
  std::size_t max_bytes = std::size_t{64} << 20;  // a district's bundle is about 41 MB
  int max_depth = 64;
};

// The first problem found, as "<what> at byte <offset>" (no location prefix: the caller adds the file or
// record), or "" when the text is within the limits. Does not check the syntax.
std::string checkJsonText(std::string_view text, const JsonLimits& limits = {});

// Checks the limits, then parses. On failure returns nothing and sets *error (as above; "the text is empty"
// or "the text holds only white space, no JSON value"; or nlohmann's syntax message without its prefix).
std::optional<nlohmann::json> parseJsonText(std::string_view text, std::string* error, const JsonLimits& limits = {});

}  // namespace gj
