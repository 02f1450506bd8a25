// RFC 4180 writing for Excel; see csv_write.h.
#include "io/csv_write.h"

namespace gj::io {

std::string defuseFormula(std::string_view cell) {
  constexpr std::string_view kFormulaStart = "=+-@\t\r\n";  // \n: a CRLF at the start reads back as LF
  const bool formula = !cell.empty() && kFormulaStart.find(cell[0]) != std::string_view::npos;
  // Text that already looks defused ("'=x", "''") gets one more ', so the importer's undo is exact.
  const bool looksDefused = cell.size() >= 2 && cell[0] == '\'' &&
                            (cell[1] == '\'' || kFormulaStart.find(cell[1]) != std::string_view::npos);
  return formula || looksDefused ? "'" + std::string(cell) : std::string(cell);
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
