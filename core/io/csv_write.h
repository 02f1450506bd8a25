// Writing CSV that Excel opens correctly: UTF-8 with a BOM (so Chinese shows), CRLF line ends, RFC 4180
// quoting, and cells that a spreadsheet would run as a formula defused.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace gj::io {

// A cell starting with = + - @, a tab, a carriage return or a line feed gets a leading ' so a spreadsheet
// shows it as text instead of running it ("=HYPERLINK(...)" is a known CSV-injection attack). So that the
// importer can undo it exactly (import_cells.h clean), a cell that starts with ' followed by one of those
// or by another ' gets one more ' too. Everything else unchanged.
std::string defuseFormula(std::string_view cell);

// One cell as written: defused, then quoted when it holds , " CR or LF (quotes doubled).
std::string csvCell(std::string_view cell);

// The whole file: BOM, one line per row joined by ",", every line ended by CRLF.
std::string writeCsv(const std::vector<std::vector<std::string>>& rows);

}  // namespace gj::io
