// CSV import of needs, units and volunteers as a dry run; see import_csv.h.
// [SECTION] messages  [SECTION] the sheet (headers, cells)  [SECTION] lookups  [SECTION] one row per table
// [SECTION] matching and writing
#include "io/import_csv.h"

#include <algorithm>
#include <functional>
#include <type_traits>

#include "io/csv_read.h"
#include "io/import_cells.h"

namespace gj::io {
namespace {

// [SECTION] messages

std::string inQuotes(std::string_view s) { return "\"" + std::string(s) + "\""; }
std::string zhQuoted(std::string_view s) { return "“" + std::string(s) + "”"; }

Message cellMessage(const char* key, int row, const std::string& column, const std::string& en, const std::string& zh) {
  const std::string r = std::to_string(row);
  if (column.empty()) return Message{key, "row " + r + ": " + en, "第 " + r + " 行：" + zh};
  return Message{key, "row " + r + ", column " + column + ": " + en, "第 " + r + " 行“" + column + "”列：" + zh};
}

// [SECTION] the sheet (headers, cells)

struct Sheet {
  ImportTable table;
  std::vector<std::string> headers;                  // as written
  std::vector<const ImportColumn*> columns;          // per position; nullptr for an empty header
  std::map<std::string_view, std::size_t> position;  // field -> position
};

// One data row being read: cells by field, issues with row and column named.
class RowCells {
 public:
  RowCells(const Sheet& sheet, const CsvRow& row, std::vector<ImportIssue>& issues)
      : sheet_(sheet), row_(row), issues_(issues) {}

  int row() const { return row_.row; }
  bool has(std::string_view field) const { return sheet_.position.count(field) > 0; }
  std::string cell(std::string_view field) const {
    auto it = sheet_.position.find(field);
    if (it == sheet_.position.end() || it->second >= row_.cells.size()) return "";
    return cells::clean(row_.cells[it->second]);
  }
  std::string header(std::string_view field) const {
    auto it = sheet_.position.find(field);
    return it == sheet_.position.end() ? std::string(field) : sheet_.headers[it->second];
  }
  void fail(const char* key, std::string_view field, const std::string& en, const std::string& zh) {
    issues_.push_back({row_.row, header(field), cellMessage(key, row_.row, header(field), en, zh)});
    ++failures_;
  }
  // "expected <format>, got "<cell>"" for the column of `field`.
  void badValue(std::string_view field) {
    const ImportColumn* c = findImportColumn(sheet_.table, field);
    const std::string got = cell(field);
    fail("import.bad_value", field, "expected " + std::string(c->format_en) + ", got " + inQuotes(got),
         "应为" + std::string(c->format_zh) + "，实际为" + zhQuoted(got));
  }
  void failRow(const char* key, const std::string& en, const std::string& zh) {
    issues_.push_back({row_.row, "", cellMessage(key, row_.row, "", en, zh)});
    ++failures_;
  }
  int failures() const { return failures_; }

  // Readers: a present, non-empty cell is parsed into out (or reported); an empty cell of a present column
  // gives `empty`; a missing column leaves out as it is (the stored value on an update).
  template <class T, class Parse> void read(std::string_view field, T& out, T empty, Parse parse) {
    if (!has(field)) return;
    const std::string c = cell(field);
    if (c.empty()) {
      out = std::move(empty);
      return;
    }
    if (auto v = parse(c))
      out = std::move(*v);
    else
      badValue(field);
  }
  void text(std::string_view field, std::string& out) {
    if (has(field)) out = cell(field);
  }
  void required(std::string_view field) {
    if (has(field) && cell(field).empty()) {
      const ImportColumn* c = findImportColumn(sheet_.table, field);
      fail("import.empty_required", field, "expected " + std::string(c->format_en) + ", got nothing",
           "必填，应为" + std::string(c->format_zh));
    }
  }

 private:
  const Sheet& sheet_;
  const CsvRow& row_;
  std::vector<ImportIssue>& issues_;
  int failures_ = 0;
};

// Reads the header row; false (with issues) when the table cannot be read at all.
bool readHeader(const CsvRow& header, ImportTable table, Sheet& sheet, std::vector<ImportIssue>& issues) {
  sheet.table = table;
  sheet.headers.clear();
  for (const std::string& h : header.cells) sheet.headers.push_back(cells::clean(h));
  std::string accepted_en, accepted_zh;
  for (const ImportColumn& c : importColumns(table)) {
    accepted_en += (accepted_en.empty() ? "" : ", ") + std::string(c.en);
    accepted_zh += (accepted_zh.empty() ? "" : "、") + std::string(c.zh);
  }
  const int r = header.row;
  for (std::size_t i = 0; i < sheet.headers.size(); ++i) {
    const std::string& h = sheet.headers[i];
    const ImportColumn* c = h.empty() ? nullptr : findImportColumn(table, h);
    sheet.columns.push_back(c);
    if (h.empty()) continue;
    if (!c) {
      issues.push_back({r, h, cellMessage("import.unknown_column", r, h,
                                          "not a column of " + std::string(importTableId(table)) + " (accepted: " + accepted_en + ")",
                                          "不是可导入的列（可用的列：" + accepted_zh + "）")});
      continue;
    }
    auto [it, fresh] = sheet.position.emplace(c->field, i);
    if (!fresh)
      issues.push_back({r, h, cellMessage("import.duplicate_column", r, h,
                                          "the same column as " + sheet.headers[it->second],
                                          "与“" + sheet.headers[it->second] + "”列重复")});
  }
  return issues.empty();
}

// Ragged rows and values under a column without a header.
bool checkShape(const Sheet& sheet, const CsvRow& row, std::vector<ImportIssue>& issues) {
  const std::size_t n = sheet.headers.size();
  std::size_t used = row.cells.size();
  while (used > n && row.cells[used - 1].empty()) --used;  // trailing empty cells are only padding
  if (used != n) {
    const std::string got = std::to_string(used), want = std::to_string(n), r = std::to_string(row.row);
    issues.push_back({row.row, "", cellMessage("import.ragged_row", row.row, "",
                                               "has " + got + " cells but the header row has " + want,
                                               "有 " + got + " 个单元格，但表头有 " + want + " 列")});
    return false;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (!sheet.columns[i] && sheet.headers[i].empty() && !cells::clean(row.cells[i]).empty()) {
      const std::string col = "#" + std::to_string(i + 1);
      issues.push_back({row.row, col, cellMessage("import.no_header", row.row, col, "a value under a column without a header",
                                                  "该列没有表头，却填了内容")});
      return false;
    }
  return true;
}

// [SECTION] lookups

// Names and ids of records of one type, for cells that refer to them.
template <class R> class NameIndex {
 public:
  NameIndex(const Dataset& ds, std::function<std::string(const R&)> name) : ds_(ds) {
    for (const auto& [id, r] : ds.table<R>()) byName_[name(r)].push_back(id);
  }
  // The id a cell names (an id or an exact name); reports and returns "" otherwise.
  std::string resolve(RowCells& row, std::string_view field, const std::string& value, const char* what_en,
                      const char* what_zh) const {
    if (isIdOfType(value, R::kType) && ds_.find<R>(value)) return value;
    auto it = byName_.find(value);
    if (it == byName_.end() && isIdOfType(value, R::kType)) {
      row.fail("import.unknown_id", field, std::string("no ") + what_en + " has the id " + inQuotes(value),
               std::string("找不到编号为") + zhQuoted(value) + "的" + what_zh);
      return "";
    }
    if (it == byName_.end()) {
      row.fail("import.unknown_name", field, std::string("no ") + what_en + " is called " + inQuotes(value),
               std::string("找不到名为") + zhQuoted(value) + "的" + what_zh);
      return "";
    }
    if (it->second.size() > 1) {
      row.fail("import.ambiguous_name", field,
               std::string("more than one ") + what_en + " is called " + inQuotes(value) + " (" + listIds(it->second) +
                   "): write the id instead",
               std::string("有多个") + what_zh + "名为" + zhQuoted(value) + "（" + listIds(it->second) + "），请改填编号");
      return "";
    }
    return it->second.front();
  }

 private:
  static std::string listIds(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
  }
  const Dataset& ds_;
  std::map<std::string, std::vector<std::string>> byName_;
};

struct Lookups {
  NameIndex<Community> communities;
  NameIndex<Unit> units;
  const ImportOptions& options;

  // A category id, or a name of one; reports and returns nullopt otherwise.
  std::optional<std::string> category(RowCells& row, std::string_view field, const std::string& value) const {
    if (auto it = options.category_names.find(value); it != options.category_names.end()) return it->second;
    bool known = isCategoryId(value);
    if (known && !options.category_names.empty()) {
      known = false;
      for (const auto& [name, id] : options.category_names) known = known || id == value;
    }
    if (known) return value;
    row.fail("import.unknown_category", field, "no category is called " + inQuotes(value),
             "找不到名为" + zhQuoted(value) + "的类别");
    return std::nullopt;
  }
};

// [SECTION] one row per table: fill the imported fields of `r` (a stored record or a new one)

// A phone cell: digits (also full-width), spaces and + - ( ) （ ） / 、 , ; 转 (extension); "" is allowed.
// Letters mean the cell holds something else (a name, a note) or a typo that would be stored as a number.
std::optional<std::string> phone(std::string_view cell) {
  static constexpr std::string_view kMulti[] = {"（", "）", "、", "，", "；", "转", "\xE3\x80\x80"};
  bool digit = false;
  for (std::size_t i = 0; i < cell.size();) {
    const char c = cell[i];
    if (c >= '0' && c <= '9') digit = true, ++i;
    else if (std::string_view(" +-()/,;").find(c) != std::string_view::npos) ++i;
    else if (cell.substr(i, 2) == "\xEF\xBC" && i + 2 < cell.size() &&
             static_cast<unsigned char>(cell[i + 2]) >= 0x90 && static_cast<unsigned char>(cell[i + 2]) <= 0x99)
      digit = true, i += 3;  // ０..９
    else {
      bool known = false;
      for (std::string_view m : kMulti)
        if (cell.substr(i, m.size()) == m) known = true, i += m.size();
      if (!known) return std::nullopt;
    }
  }
  if (!digit) return std::nullopt;
  return std::string(cell);
}

void readNeed(RowCells& row, const Lookups& look, Need& r) {
  row.required("community");
  row.required("text");
  row.required("reported");
  if (row.has("community") && !row.cell("community").empty())
    r.community = look.communities.resolve(row, "community", row.cell("community"), "community", "社区");
  row.text("text", r.text);
  if (row.has("category")) {
    const std::string c = row.cell("category");
    if (c.empty()) r.category.clear();
    else if (auto id = look.category(row, "category", c)) r.category = *id;
  }
  row.read("target_group", r.target_group, TargetGroup::general, cells::targetGroup);
  row.read("people_affected", r.people_affected, 1, cells::wholeNumber);
  row.read("urgency", r.urgency, 3, [](std::string_view c) {
    auto v = cells::wholeNumber(c);
    return v && *v >= 1 && *v <= 5 ? v : std::nullopt;
  });
  if (row.has("reported") && !row.cell("reported").empty()) row.read("reported", r.reported, std::string(), cells::date);
  row.text("reporter_name", r.reporter.name);
  row.read("reporter_phone", r.reporter.phone, std::string(), phone);
  row.text("reporter_address", r.reporter.address);
}

void readUnit(RowCells& row, const Lookups& look, Unit& r) {
  row.required("name");
  row.text("name", r.name);
  row.read("level", r.level, UnitLevel::district, cells::unitLevel);
  if (row.has("communities")) {
    std::vector<std::string> ids;
    for (const std::string& name : cells::list(row.cell("communities"))) {
      std::string id = look.communities.resolve(row, "communities", name, "community", "社区");
      if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    r.communities = std::move(ids);
  }
  row.text("liaison", r.liaison);
}

void readVolunteer(RowCells& row, const Lookups& look, Volunteer& r) {
  row.required("name");
  row.required("unit");
  row.text("name", r.name);
  if (row.has("unit") && !row.cell("unit").empty())
    r.unit = look.units.resolve(row, "unit", row.cell("unit"), "unit", "单位");
  row.read("party_member", r.party_member, true, cells::yesNo);
  if (row.has("skills")) {
    std::vector<std::string> ids;
    for (const std::string& name : cells::list(row.cell("skills")))
      if (auto id = look.category(row, "skills", name); id && std::find(ids.begin(), ids.end(), *id) == ids.end())
        ids.push_back(*id);
    r.skills = std::move(ids);
  }
  row.read("weekdays", r.weekdays, std::vector<int>{}, cells::weekdays);
  row.read("phone", r.phone, std::string(), phone);
}

void readRow(RowCells& row, const Lookups& look, Need& r) { readNeed(row, look, r); }
void readRow(RowCells& row, const Lookups& look, Unit& r) { readUnit(row, look, r); }
void readRow(RowCells& row, const Lookups& look, Volunteer& r) { readVolunteer(row, look, r); }

// The natural key of a row without an external id (see import_csv.h).
std::string naturalKey(const Need& r) { return r.community + "\x1f" + r.text + "\x1f" + r.reported; }
std::string naturalKey(const Unit& r) { return r.name; }
std::string naturalKey(const Volunteer& r) { return r.name + "\x1f" + r.unit; }

// [SECTION] matching and writing

template <class R> void importRows(const Sheet& sheet, const std::vector<CsvRow>& rows, const Dataset& ds,
                                   const ImportOptions& options, ImportResult& result) {
  const Lookups look{NameIndex<Community>(ds, [](const Community& c) { return c.name; }),
                     NameIndex<Unit>(ds, [](const Unit& u) { return u.name; }), options};
  // Stored records by external id and by natural key (first by IdLess wins).
  std::map<std::string, std::string> byExternal, byNatural;
  for (const auto& [id, r] : ds.table<R>()) {
    const std::string ext = externalId(r);
    if (!ext.empty()) byExternal.emplace(ext, id);
    else byNatural.emplace(naturalKey(r), id);
  }
  Dataset ids = ds;  // only for allocating fresh ids
  std::map<std::string, int> seenKeys;     // "e:<external id>" / "n:<natural key>" -> first row
  std::map<std::string, int> seenRecords;  // matched record id -> first row

  for (const CsvRow& csvRow : rows) {
    ImportRow out{csvRow.row, RowAction::failed, "", ""};
    if (!checkShape(sheet, csvRow, result.issues)) {
      result.rows.push_back(out);
      continue;
    }
    RowCells row(sheet, csvRow, result.issues);
    out.external_id = row.cell("external_id");

    // Which stored record the row is about, if any.
    const R* stored = nullptr;
    if (!out.external_id.empty()) {
      auto it = byExternal.find(out.external_id);
      if (it != byExternal.end()) stored = ds.find<R>(it->second);
      else if (isIdOfType(out.external_id, R::kType)) stored = ds.find<R>(out.external_id);
    }
    R next = stored ? *stored : R{};
    readRow(row, look, next);
    if (!stored && out.external_id.empty() && row.failures() == 0) {
      auto it = byNatural.find(naturalKey(next));
      if (it != byNatural.end()) {
        stored = ds.find<R>(it->second);
        next = *stored;
        readRow(row, look, next);
      }
    }
    if (row.failures()) {
      result.rows.push_back(out);
      continue;
    }
    // The same record twice in one file would make one row silently undo the other.
    const std::string key = out.external_id.empty() ? "n:" + naturalKey(next) : "e:" + out.external_id;
    auto [firstKey, freshKey] = seenKeys.emplace(key, csvRow.row);
    bool twice = !freshKey;
    int firstRow = firstKey->second;
    if (stored) {
      auto [firstRec, freshRec] = seenRecords.emplace(stored->id, csvRow.row);
      if (!freshRec && !twice) {
        twice = true;
        firstRow = firstRec->second;
      }
    }
    if (twice) {
      const std::string other = std::to_string(firstRow);
      row.failRow("import.same_record_twice", "the same record as row " + other, "与第 " + other + " 行是同一条记录");
      result.rows.push_back(out);
      continue;
    }

    Outcome outcome;
    if (stored) {
      R current = *stored;
      outcome = editRecord(current, next, options.edit);
      out.record = current.id;
      if (outcome && current.rev != stored->rev) {
        out.action = RowAction::updated;
        result.writes.put(std::move(current));
      } else if (outcome) {
        out.action = RowAction::unchanged;
      }
    } else {
      // Updates may leave columns out; a new record needs every required one.
      for (const ImportColumn& c : importColumns(sheet.table))
        if (c.required && !row.has(c.field))
          row.failRow("import.missing_column",
                      "the required column " + std::string(c.zh) + "/" + std::string(c.en) + " is missing (a new record needs it)",
                      "缺少必需的列“" + std::string(c.zh) + "”（" + std::string(c.en) + "），新增记录需要该列");
      if (row.failures()) {
        result.rows.push_back(out);
        continue;
      }
      if (!out.external_id.empty()) next.extra["external_id"] = out.external_id;
      if constexpr (std::is_same_v<R, Need>) next.status = NeedStatus::reported;
      next.id = ids.allocateId<R>();
      outcome = createRecord(next, options.edit);
      out.record = next.id;
      if (outcome) {
        out.action = RowAction::added;
        result.writes.put(std::move(next));
      }
    }
    if (!outcome) {
      row.failRow("import.invalid_record", outcome.reason.en, outcome.reason.zh);
      out.action = RowAction::failed;
    }
    result.rows.push_back(out);
  }
}

}  // namespace

const char* rowActionId(RowAction a) {
  switch (a) {
    case RowAction::added: return "added";
    case RowAction::updated: return "updated";
    case RowAction::unchanged: return "unchanged";
    case RowAction::failed: return "failed";
  }
  return "failed";
}

std::string externalId(const Record& r) {
  if (!r.extra.is_object()) return "";
  auto it = r.extra.find("external_id");
  return it != r.extra.end() && it->is_string() ? it->get<std::string>() : "";
}

ImportResult importCsv(ImportTable table, std::string_view fileBytes, const Dataset& ds, const ImportOptions& options) {
  ImportResult result;
  result.table = table;
  auto fileIssue = [&](Message m) { result.issues.push_back({0, "", std::move(m)}); };
  if (auto why = checkEdit(options.edit)) {
    fileIssue(*why);
    return result;
  }
  DecodedText text = decodeImportText(fileBytes);
  result.encoding = text.encoding;
  if (!text.ok()) {
    fileIssue(Message{"import.encoding", text.error, text.error_zh});
    return result;
  }
  CsvTable csv = parseCsv(text.utf8);
  for (const CsvError& e : csv.errors) result.issues.push_back({e.row, "", e.message});
  if (!csv.ok()) return result;
  // A row of blanks (spaces, tabs, U+3000) is as empty as ",,,": skip it, so a blank file has no header row.
  csv.rows.erase(std::remove_if(csv.rows.begin(), csv.rows.end(),
                                [](const CsvRow& r) {
                                  return std::all_of(r.cells.begin(), r.cells.end(),
                                                     [](const std::string& c) { return cells::clean(c).empty(); });
                                }),
                 csv.rows.end());
  if (csv.rows.empty()) {
    fileIssue(Message{"import.empty_file", "the file has no header row", "文件中没有表头行"});
    return result;
  }
  Sheet sheet;
  const bool headerOk = readHeader(csv.rows.front(), table, sheet, result.issues);
  result.headers = sheet.headers;
  if (!headerOk) return result;
  const std::vector<CsvRow> rows(csv.rows.begin() + 1, csv.rows.end());
  switch (table) {
    case ImportTable::needs: importRows<Need>(sheet, rows, ds, options, result); break;
    case ImportTable::units: importRows<Unit>(sheet, rows, ds, options, result); break;
    case ImportTable::volunteers: importRows<Volunteer>(sheet, rows, ds, options, result); break;
  }
  for (const ImportRow& r : result.rows) {
    result.added += r.action == RowAction::added;
    result.updated += r.action == RowAction::updated;
    result.unchanged += r.action == RowAction::unchanged;
  }
  if (!result.issues.empty()) result.writes = Dataset{};
  return result;
}

}  // namespace gj::io
