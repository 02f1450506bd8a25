// String tables: flat JSON objects of key -> text, one file per language.
#include "ui/strings.h"

#include <nlohmann/json.hpp>

#include "io/text_file.h"

namespace gj::ui {

namespace {
const char* kFiles[2] = {"zh-CN.json", "en.json"};
}

bool parseLang(std::string_view text, Lang* out) {
  if (text == "zh" || text == "zh-CN" || text == "zh_CN") { *out = Lang::zh; return true; }
  if (text == "en" || text == "en-US" || text == "en_US") { *out = Lang::en; return true; }
  return false;
}

const char* langCode(Lang lang) { return lang == Lang::zh ? "zh-CN" : "en"; }

std::string Strings::loadFromText(Lang lang, const std::string& fileName, const std::string& jsonText) {
  auto doc = nlohmann::json::parse(jsonText, nullptr, false);
  if (doc.is_discarded()) return fileName + ": not valid JSON";
  if (!doc.is_object()) return fileName + ": expected an object of key -> text";
  std::map<std::string, std::string, std::less<>> table;
  for (auto& [key, value] : doc.items()) {
    if (!value.is_string()) return fileName + ": " + key + ": expected a string, got " + value.dump();
    table[key] = value.get<std::string>();
  }
  tables_[static_cast<int>(lang)] = std::move(table);
  return "";
}

std::string Strings::load(const std::string& assetDir) {
  for (int i = 0; i < 2; ++i) {
    std::string path = assetDir + "/i18n/" + kFiles[i];
    std::string error;
    auto text = io::readTextFile(path, &error);
    if (!text) return error;
    if (auto err = loadFromText(static_cast<Lang>(i), path, *text); !err.empty()) return err;
  }
  return "";
}

const char* Strings::tr(std::string_view key) const {
  auto const& table = tables_[static_cast<int>(lang_)];
  if (auto it = table.find(key); it != table.end()) return it->second.c_str();
  // Keep the key alive for the caller: an interned copy per missing key.
  static std::map<std::string, std::string, std::less<>> missing;
  auto [it, inserted] = missing.try_emplace(std::string(key), std::string(key));
  return it->second.c_str();
}

bool Strings::has(Lang lang, std::string_view key) const {
  auto const& table = tables_[static_cast<int>(lang)];
  return table.find(key) != table.end();
}

std::map<std::string, std::string, std::less<>> const& Strings::table(Lang lang) const {
  return tables_[static_cast<int>(lang)];
}

std::string Strings::allText() const {
  std::string all;
  for (auto const& table : tables_)
    for (auto const& [key, text] : table) all += text;
  return all;
}

Strings& strings() {
  static Strings instance;
  return instance;
}

}  // namespace gj::ui
