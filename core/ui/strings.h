// The UI's string tables (assets/i18n/<lang>.json), switchable at run time. No UI text lives in code.
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace gj::ui {

enum class Lang { zh, en };

// "zh", "zh-CN" -> zh; "en", "en-US" -> en; anything else -> nullopt-like false.
bool parseLang(std::string_view text, Lang* out);
const char* langCode(Lang lang);  // "zh-CN" or "en"

class Strings {
 public:
  // Reads every table from assetDir/i18n. Returns "" or an error naming the file and the problem.
  std::string load(const std::string& assetDir);
  // Same, from JSON texts (used by load and by tests).
  std::string loadFromText(Lang lang, const std::string& fileName, const std::string& jsonText);

  void setLang(Lang lang) { lang_ = lang; }
  Lang lang() const { return lang_; }
  // The text for key in the current language; the key itself when missing, so a gap is visible.
  const char* tr(std::string_view key) const;
  bool has(Lang lang, std::string_view key) const;
  // Keys of one table, sorted; used by tests to check both tables have the same keys.
  std::map<std::string, std::string, std::less<>> const& table(Lang lang) const;
  // Every string of every table, for the font's glyph set.
  std::string allText() const;

 private:
  std::map<std::string, std::string, std::less<>> tables_[2];
  Lang lang_ = Lang::zh;
};

Strings& strings();  // the process-wide tables used by tr()
inline const char* tr(std::string_view key) { return strings().tr(key); }

}  // namespace gj::ui
