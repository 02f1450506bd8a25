// RFC 4180 reading as Excel writes it; see csv_read.h.
#include "io/csv_read.h"

namespace gj::io {

CsvTable parseCsv(std::string_view s) {
  CsvTable table;
  CsvRow row;
  std::string cell;
  int rowNumber = 1;
  bool quoted = false;      // inside a quoted cell
  bool wasQuoted = false;   // the current cell was quoted and has been closed
  bool rowHasText = false;
  bool rowBroken = false;   // an error was reported for this row already
  auto endCell = [&] {
    if (!cell.empty()) rowHasText = true;
    row.cells.push_back(std::move(cell));
    cell.clear();
    wasQuoted = false;
  };
  auto endRow = [&] {
    endCell();
    if (rowHasText) {
      row.row = rowNumber;
      table.rows.push_back(std::move(row));
    }
    row = CsvRow{};
    ++rowNumber;
    rowHasText = rowBroken = false;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        wasQuoted = true;
        rowHasText = true;  // "" is a cell someone wrote
      } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
        cell += '\n';  // Excel's CRLF inside a cell is one line break
        i += 2;
        continue;
      } else {
        cell += c;
      }
      ++i;
      continue;
    }
    if (c == ',') {
      endCell();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      endRow();
    } else if (c == '"' && cell.empty() && !wasQuoted) {
      quoted = true;
    } else if (wasQuoted) {
      if (!rowBroken) {
        const std::string r = std::to_string(rowNumber), n = std::to_string(row.cells.size() + 1);
        table.errors.push_back({rowNumber, Message{"csv.text_after_quote",
                                                   "row " + r + ", cell " + n + ": text after the closing quote of a quoted cell",
                                                   "第 " + r + " 行第 " + n + " 格：引号结束后还有文字"}});
      }
      rowBroken = true;
      cell += c;
    } else {
      cell += c;  // a quote inside an unquoted cell is kept as it is, as Excel reads it
    }
    ++i;
  }
  if (quoted) {
    const std::string r = std::to_string(rowNumber);
    table.errors.push_back({rowNumber, Message{"csv.unclosed_quote",
                                               "row " + r + ": a quoted cell is not closed before the end of the file",
                                               "第 " + r + " 行：带引号的单元格直到文件结尾都没有结束引号"}});
  }
  if (!s.empty() && s.back() != '\n' && s.back() != '\r') endRow();
  else if (quoted) endRow();
  return table;
}

}  // namespace gj::io
