// Folding: decode UTF-8, map each code point to its canonical form, collapse separators.
#include "match/text_fold.h"

namespace gj::match {
namespace {

// Decodes one code point at s[i], advancing i; 0 for an invalid or truncated sequence (skipped by the caller).
char32_t decode(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i++]);
  if (b < 0x80) return b;
  int extra = b >= 0xF0 && b < 0xF8 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
  if (extra < 0) return 0;
  char32_t c = b & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0;
    c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  return c;
}

// Punctuation and spacing of every script residents paste from WeChat: they only separate words here.
bool isSeparator(char32_t c) {
  if (c < 0x80) return !isAsciiAlnum(c);
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFE30 && c <= 0xFE4F) || c == 0x00B7 || c == 0x30FB || (c >= 0xFF5F && c <= 0xFF65) ||
         (c >= 0x2190 && c <= 0x2BFF);  // arrows, shapes, symbols (★ ✔ ...)
}

}  // namespace

std::u32string foldText(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  bool pendingSpace = false;
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t c = decode(utf8, i);
    if (c == 0) continue;
    if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;  // full-width ASCII
    if (c >= U'A' && c <= U'Z') c += 32;
    if (isSeparator(c)) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) out.push_back(U' ');
    pendingSpace = false;
    out.push_back(simplifiedOf(c));
  }
  return out;
}

std::string toUtf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace gj::match
