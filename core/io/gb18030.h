// Text encodings of imported files. Excel in China saves CSV as GB18030 (its "CSV (逗号分隔)") or as UTF-8
// (with a BOM: "CSV UTF-8"). decodeImportText tells them apart: bytes that are valid UTF-8 are UTF-8,
// anything else is read as GB18030.
//
// GB18030 is decoded by our own code on both targets, from a table generated at build time by
// /usr/bin/python3's codecs (gb18030_table.py): Emscripten 3.1.6's iconv maps 4-byte sequences beyond the
// BMP wrongly (90 30 81 30 -> U+3404C instead of U+10000) and glibc's iconv disagrees with Python on a few
// private-use code points, so iconv would make native and wasm imports differ.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gj::io {

enum class TextEncoding { utf8, utf8_bom, gb18030 };
const char* textEncodingId(TextEncoding e);  // "utf-8", "utf-8-bom", "gb18030"

bool isValidUtf8(std::string_view bytes);

// GB18030 (1, 2 and 4-byte sequences, including U+10000..U+10FFFF) -> UTF-8. On a byte sequence that is
// not GB18030 returns nullopt and sets *badOffset (when given) to its first byte's offset.
std::optional<std::string> gb18030ToUtf8(std::string_view bytes, std::size_t* badOffset = nullptr);

struct DecodedText {
  std::string utf8;  // without the BOM; line ends as in the file
  TextEncoding encoding = TextEncoding::utf8;
  std::string error;  // "" when decoded; else "line 3 (byte 57): the file is neither UTF-8 nor GB18030 (byte 0x80)"
  std::string error_zh;  // the same in Chinese
  int bad_line = 0;   // 1-based line of the first undecodable byte, when !ok()
  bool ok() const { return error.empty(); }
};

// Detects and decodes the bytes of an imported text file (see the top of this file). UTF-16 (a byte order
// mark FF FE / FE FF, or NUL bytes, which no CSV text holds) is refused with a message saying so.
DecodedText decodeImportText(std::string_view bytes);

}  // namespace gj::io
