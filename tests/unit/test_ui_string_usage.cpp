// The UI's source read as text: every key passed to tr("...") exists in both string tables (tr would show a
// missing key as itself), and no ImGui call draws a literal the user would read (it would not follow the
// language switch).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "ui/strings.h"

namespace fs = std::filesystem;
using gj::ui::Lang;
using gj::ui::Strings;

namespace {

struct Source {
  std::string name;
  std::string text;
};

std::vector<Source> uiSources() {
  std::vector<Source> out;
  for (const auto& entry : fs::directory_iterator(fs::path(GONGJIAN_SOURCE_DIR) / "core" / "ui")) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".cpp" && ext != ".h") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    out.push_back({entry.path().filename().string(), text.str()});
  }
  std::sort(out.begin(), out.end(), [](const Source& a, const Source& b) { return a.name < b.name; });
  return out;
}

int lineOf(const std::string& text, std::size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// A literal a reader would see: Latin letters or CJK (U+3000..U+9FFF: lead bytes E3..E9) once "##id"
// suffixes, escapes and format specifiers are gone. Punctuation such as "·" or "→" is not a word.
bool readable(std::string s) {
  if (auto hash = s.find("##"); hash != std::string::npos) s.erase(hash);
  s = std::regex_replace(s, std::regex(R"(\\.)"), "");
  s = std::regex_replace(s, std::regex("%[-+ #0-9.*]*[a-zA-Z]"), "");
  for (unsigned char c : s)
    if (std::isalpha(c) || (c >= 0xE3 && c <= 0xE9)) return true;
  return false;
}

}  // namespace

TEST_CASE("string usage: every tr(\"key\") in core/ui exists in both languages") {
  Strings s;
  REQUIRE(s.load(GONGJIAN_TEST_ASSETS) == "");
  const std::regex call(R"re(\btr\("([^"]+)"\))re");
  int keys = 0;
  for (const Source& src : uiSources()) {
    for (auto it = std::sregex_iterator(src.text.begin(), src.text.end(), call); it != std::sregex_iterator(); ++it) {
      const std::string key = (*it)[1];
      ++keys;
      for (Lang lang : {Lang::zh, Lang::en})
        CHECK_MESSAGE(s.has(lang, key), src.name << ":" << lineOf(src.text, static_cast<std::size_t>(it->position()))
                                                  << " uses tr(\"" << key << "\"), missing in "
                                                  << std::string(lang == Lang::zh ? "zh-CN.json" : "en.json"));
    }
  }
  CHECK(keys > 100);  // the scan found the UI's calls
}

TEST_CASE("string usage: no ImGui call in core/ui draws a readable literal") {
  const std::regex call(
      R"re(ImGui::(Text|TextUnformatted|TextWrapped|TextColored|TextDisabled|BulletText|Button|SmallButton|Selectable|Checkbox|RadioButton|MenuItem|BeginMenu|BeginTabItem|CollapsingHeader|TreeNode|SetTooltip|LabelText|SeparatorText)\(\s*"((?:[^"\\]|\\.)*)")re");
  int calls = 0;
  for (const Source& src : uiSources()) {
    for (auto it = std::sregex_iterator(src.text.begin(), src.text.end(), call); it != std::sregex_iterator(); ++it) {
      ++calls;
      const std::string literal = (*it)[2];
      CHECK_MESSAGE(!readable(literal), src.name << ":" << lineOf(src.text, static_cast<std::size_t>(it->position()))
                                                 << " draws the literal \"" << literal << "\": use tr()");
    }
  }
  CHECK(calls > 10);  // the scan saw the UI's literal format strings
}
