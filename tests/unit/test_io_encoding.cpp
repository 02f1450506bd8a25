// GB18030 and UTF-8 detection of imported files: known byte strings decode to the same code points natively
// and in WebAssembly (our table, generated from Python's codec at build time; not iconv).
#include <doctest/doctest.h>

#include "io/gb18030.h"
#include "io/text_file.h"

using namespace gj::io;

namespace {
std::string gb(std::string_view bytes) {
  auto text = gb18030ToUtf8(bytes);
  REQUIRE(text.has_value());
  return *text;
}
}  // namespace

TEST_CASE("io encoding: GB18030 one-, two- and four-byte codes decode to the right code points") {
  CHECK(gb("abc,123\r\n") == "abc,123\r\n");
  CHECK(gb("\xD6\xD0\xCE\xC4") == "中文");
  CHECK(gb("\xA8\xA6") == "é");                      // U+00E9 is a two-byte code
  CHECK(gb("\xA2\xE3") == "€");                      // U+20AC (GB18030-2005)
  CHECK(gb("\x81\x30\x87\x30") == "\xC3\x82");       // U+00C2, four bytes
  CHECK(gb("\x81\x30\x81\x30") == "\xC2\x80");       // U+0080, the first four-byte code
  CHECK(gb("\x81\x39\xEE\x39") == "㐀");             // U+3400, CJK Extension A
  CHECK(gb("\x84\x31\xA4\x39") == "\xEF\xBF\xBF");   // U+FFFF, the last BMP four-byte code
  CHECK(gb("\x90\x30\x81\x30") == "\xF0\x90\x80\x80");  // U+10000 (Emscripten's iconv gets this one wrong)
  CHECK(gb("\x94\x39\xFC\x36") == "😀");                // U+1F600
  CHECK(gb("\xE3\x32\x9A\x35") == "\xF4\x8F\xBF\xBF");  // U+10FFFF, the last code
}

TEST_CASE("io encoding: bytes that are not GB18030 are refused at their offset") {
  std::size_t bad = 99;
  CHECK_FALSE(gb18030ToUtf8("ab\x80", &bad));
  CHECK(bad == 2);
  CHECK_FALSE(gb18030ToUtf8("\xD6\xD0\xFF", &bad));
  CHECK(bad == 2);
  CHECK_FALSE(gb18030ToUtf8("x\xD6", &bad));  // cut off after the lead byte
  CHECK(bad == 1);
  CHECK_FALSE(gb18030ToUtf8("\x81\x30\x81", &bad));  // a four-byte code cut off
  CHECK(bad == 0);
  CHECK_FALSE(gb18030ToUtf8("\x85\x30\x81\x30", &bad));  // between the BMP and U+10000: no code
  CHECK_FALSE(gb18030ToUtf8("\xE3\x32\x9A\x36", &bad));  // past U+10FFFF
  CHECK_FALSE(gb18030ToUtf8("\xD6\x7F", &bad));          // 0x7F is never a trail byte
}

TEST_CASE("io encoding: UTF-8 validity is strict") {
  CHECK(isValidUtf8("plain ASCII"));
  CHECK(isValidUtf8("中文 😀"));
  CHECK_FALSE(isValidUtf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));      // a surrogate
  CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(isValidUtf8("\xE4\xB8"));          // cut off
}

TEST_CASE("io encoding: an imported file is UTF-8 (with or without BOM) when it can be, else GB18030") {
  DecodedText a = decodeImportText("编号,社区\r\n");
  CHECK(a.ok());
  CHECK(a.encoding == TextEncoding::utf8);
  CHECK(a.utf8 == "编号,社区\r\n");

  DecodedText b = decodeImportText("\xEF\xBB\xBF编号\r\n");
  CHECK(b.encoding == TextEncoding::utf8_bom);
  CHECK(b.utf8 == "编号\r\n");  // the BOM is gone
  CHECK(std::string(textEncodingId(b.encoding)) == "utf-8-bom");

  DecodedText c = decodeImportText("\xB1\xE0\xBA\xC5,\xC9\xE7\xC7\xF8\r\n");  // 编号,社区 in GB18030
  CHECK(c.ok());
  CHECK(c.encoding == TextEncoding::gb18030);
  CHECK(c.utf8 == "编号,社区\r\n");

  DecodedText ascii = decodeImportText("name,level\n");
  CHECK(ascii.encoding == TextEncoding::utf8);

  DecodedText bad = decodeImportText("a\nb\n\xD6\xD0\x80z");
  CHECK_FALSE(bad.ok());
  CHECK(bad.bad_line == 3);
  CHECK(bad.error == "line 3 (byte 6): the file is neither UTF-8 nor GB18030 (byte 0x80)");

  DecodedText bom = decodeImportText("\xEF\xBB\xBFok\n\xD6\xD0");  // a BOM promises UTF-8
  CHECK_FALSE(bom.ok());
  CHECK(bom.error == "line 2 (byte 6): the file starts with a UTF-8 byte order mark but is not valid UTF-8 (byte 0xD6)");
}

TEST_CASE("io encoding: the GB18030 and UTF-8 test files decode to the same text") {
  std::string error;
  auto gbBytes = readTextFile(GONGJIAN_SOURCE_DIR "/tests/unit/data/io/needs_gb18030.csv", &error);
  auto utfBytes = readTextFile(GONGJIAN_SOURCE_DIR "/tests/unit/data/io/needs_utf8_bom.csv", &error);
  REQUIRE(gbBytes);
  REQUIRE(utfBytes);
  DecodedText g = decodeImportText(*gbBytes), u = decodeImportText(*utfBytes);
  CHECK(g.encoding == TextEncoding::gb18030);
  CHECK(u.encoding == TextEncoding::utf8_bom);
  CHECK(g.utf8 == u.utf8);
  CHECK(g.utf8.find("陈㐀") != std::string::npos);
}
