// Text folding shared by the classifier and the duplicate finder: one canonical form for what residents type
// or paste (full-width letters and digits, CJK punctuation, upper case, common traditional characters).
#pragma once
#include <string>
#include <string_view>

namespace gj::match {

// Folds UTF-8 text to code points: full-width ASCII -> ASCII, upper -> lower case, common traditional
// characters -> simplified, every punctuation mark and space -> one ' ', trimmed. Invalid UTF-8 bytes are
// dropped, so pasted garbage never stops a classification.
std::u32string foldText(std::string_view utf8);

// The simplified form of a traditional character from a small table of common ones (itself when not listed).
char32_t simplifiedOf(char32_t c);

std::string toUtf8(std::u32string_view text);
inline bool isAsciiAlnum(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9'); }

}  // namespace gj::match
