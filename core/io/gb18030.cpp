// UTF-8 checking and GB18030 decoding with build-time tables; see gb18030.h.
#include "io/gb18030.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>

namespace gj::io {
namespace {

#include "io/gb18030_table.inc"

constexpr std::uint32_t kBmpFourByteCodes = 39420;  // 81 30 81 30 .. 84 31 A4 39
constexpr std::uint32_t kSupplementaryBase = 189000;  // linear index of 90 30 81 30 = U+10000

void appendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The code point of a 4-byte code by its linear index; 0 when it is not a code.
std::uint32_t fourByteCodePoint(std::uint32_t linear) {
  if (linear < kBmpFourByteCodes) {
    auto* end = std::end(kFourByteRuns);
    auto* run = std::upper_bound(std::begin(kFourByteRuns), end, linear,
                                 [](std::uint32_t v, const std::uint32_t (&r)[2]) { return v < r[0]; });
    --run;  // the first run starts at 0
    return (*run)[1] ? (*run)[1] + (linear - (*run)[0]) : 0;
  }
  if (linear >= kSupplementaryBase && linear - kSupplementaryBase <= 0x10FFFF - 0x10000)
    return 0x10000 + (linear - kSupplementaryBase);
  return 0;
}

}  // namespace

const char* textEncodingId(TextEncoding e) {
  switch (e) {
    case TextEncoding::utf8: return "utf-8";
    case TextEncoding::utf8_bom: return "utf-8-bom";
    case TextEncoding::gb18030: return "gb18030";
  }
  return "utf-8";
}

// The length of the longest prefix of s that is valid UTF-8 ending at a character boundary.
static std::size_t validUtf8Prefix(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    int len;
    std::uint32_t cp;
    if (b < 0x80) { ++i; continue; }
    if (b >= 0xC2 && b <= 0xDF) { len = 2; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) { len = 3; cp = b & 0x0F; }
    else if (b >= 0xF0 && b <= 0xF4) { len = 4; cp = b & 0x07; }
    else return i;
    if (i + len > s.size()) return i;
    for (int k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (c & 0x3F);
    }
    // No overlong forms, no surrogates, nothing past U+10FFFF.
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return i;
}

bool isValidUtf8(std::string_view s) { return validUtf8Prefix(s) == s.size(); }

std::optional<std::string> gb18030ToUtf8(std::string_view s, std::size_t* badOffset) {
  std::string out;
  out.reserve(s.size() + s.size() / 2);
  std::size_t i = 0;
  auto fail = [&]() -> std::optional<std::string> {
    if (badOffset) *badOffset = i;
    return std::nullopt;
  };
  auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  while (i < s.size()) {
    const unsigned b1 = at(i);
    if (b1 < 0x80) {
      out += static_cast<char>(b1);
      ++i;
      continue;
    }
    if (b1 == 0x80 || b1 == 0xFF || i + 1 >= s.size()) return fail();
    const unsigned b2 = at(i + 1);
    std::uint32_t cp = 0;
    std::size_t len = 2;
    if (b2 >= 0x30 && b2 <= 0x39) {
      const unsigned b3 = at(i + 2), b4 = at(i + 3);
      if (i + 3 >= s.size() || b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39) return fail();
      cp = fourByteCodePoint((b1 - 0x81) * 12600 + (b2 - 0x30) * 1260 + (b3 - 0x81) * 10 + (b4 - 0x30));
      len = 4;
    } else if ((b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE)) {
      cp = kTwoByte[(b1 - 0x81) * 190 + (b2 < 0x7F ? b2 - 0x40 : b2 - 0x41)];
    }
    if (cp == 0) return fail();
    appendUtf8(out, cp);
    i += len;
  }
  return out;
}

DecodedText decodeImportText(std::string_view bytes) {
  DecodedText d;
  // UTF-16 ("Unicode text" from Excel or Notepad) would otherwise read as GB18030 garbage or, when it is
  // mostly ASCII, as "valid UTF-8" with NUL bytes in every cell: say what it is instead.
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    d.bad_line = 1;
    d.error = "line 1 (byte 0): the file is UTF-16 text (byte order mark); save it as CSV UTF-8 and import it again";
    d.error_zh = "第 1 行：文件是 UTF-16 编码（带字节顺序标记），请另存为“CSV UTF-8”后再导入";
    return d;
  }
  if (std::size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    d.bad_line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(nul), '\n'));
    const std::string line = std::to_string(d.bad_line);
    d.error = "line " + line + " (byte " + std::to_string(nul) +
              "): a NUL byte: the file is UTF-16 or binary, not CSV text; save it as CSV UTF-8 and import it again";
    d.error_zh = "第 " + line + " 行：文件含有 NUL 字节（UTF-16 或二进制文件，不是 CSV 文本），请另存为“CSV UTF-8”后再导入";
    return d;
  }
  const bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) {
    d.encoding = TextEncoding::utf8_bom;
    bytes.remove_prefix(3);
  }
  std::size_t bad = validUtf8Prefix(bytes);
  if (bad == bytes.size()) {  // pure ASCII is UTF-8 too
    d.utf8 = std::string(bytes);
    return d;
  }
  // A BOM promises UTF-8: broken bytes after one are an error, not a hint to try GB18030.
  if (!bom) {
    d.encoding = TextEncoding::gb18030;
    if (auto text = gb18030ToUtf8(bytes, &bad)) {
      d.utf8 = std::move(*text);
      return d;
    }
  }
  d.bad_line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(bad), '\n'));
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
  const std::string line = std::to_string(d.bad_line);
  d.error = "line " + line + " (byte " + std::to_string(bad + (bom ? 3 : 0)) + "): the file " +
            (bom ? "starts with a UTF-8 byte order mark but is not valid UTF-8" : "is neither UTF-8 nor GB18030") +
            " (byte " + hex + ")";
  d.error_zh = bom ? "第 " + line + " 行：文件以 UTF-8 标记（BOM）开头，但内容不是有效的 UTF-8（字节 " + hex + "）"
                   : "第 " + line + " 行：文件既不是 UTF-8 也不是 GB18030 编码，无法读取";
  return d;
}

}  // namespace gj::io
