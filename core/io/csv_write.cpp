// RFC 4180 writing for Excel; see csv_write.h.
#include "io/csv_write.h"

namespace gj::io {

std::string defuseFormula(std::string_view cell) {
  if (!cell.empty()) {
    const char c = cell.front();
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') return "'" + std::string(cell);
  }
  return std::string(cell);
}

std::string csvCell(std::string_view raw) {
  std::string cell = defuseFormula(raw);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string writeCsv(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "\xEF\xBB\xBF";
  for (const auto& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += csvCell(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace gj::io
