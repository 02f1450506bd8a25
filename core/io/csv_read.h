// Reading CSV as Excel writes it (RFC 4180): comma separated, CRLF or LF line ends, fields in double quotes
// may hold commas, line breaks and doubled quotes (""). The text is UTF-8 (decode it first, gb18030.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.h"

namespace gj::io {

struct CsvRow {
  int row = 0;  // 1-based, as Excel numbers rows (a quoted line break does not start a new row)
  std::vector<std::string> cells;  // a CRLF inside a quoted cell is kept as "\n"
};

struct CsvError {
  int row = 0;
  Message message;  // en/zh, starting with the row: "row 4: a quoted cell is not closed before the end of the file"
};

struct CsvTable {
  std::vector<CsvRow> rows;      // rows whose cells are all empty (",,,") are left out
  std::vector<CsvError> errors;  // in row order
  bool ok() const { return errors.empty(); }
};

CsvTable parseCsv(std::string_view utf8);

}  // namespace gj::io
