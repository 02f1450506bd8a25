// CSV import of needs, units and volunteers (columns: import_columns.h). importCsv is a dry run: it reads
// the file, checks every row against the dataset and works out what each row would do, but writes nothing.
// The caller shows the result as a preview; when ok() it stores `writes` as one user action
// (putRecords in import_action.h), otherwise it shows `issues` and stores nothing.
//
// - Encoding: UTF-8 with or without BOM, or GB18030 (gb18030.h); `encoding` says which was found.
// - Each issue names the row as Excel numbers it (header = row 1) and the column by its header in the file.
//   Rows of blank cells (spaces, tabs, U+3000) are skipped like empty ones.
// - Matching a row to a stored record of the same type, in this order:
//     1. the 编号/external_id cell equals the record's stored external id (Record::extra["external_id"],
//        a plain JSON field that older programs keep as an unknown field), or equals the record's id
//        ("need/17", as an export without external ids writes it);
//     2. without an external id: units by exact name; needs by (community, description, reported date);
//        volunteers by (name, unit).
//   A match is updated through editRecord (history kept, rev + 1; only the imported fields change; a need's
//   status is never changed by an import); a row equal to its record gives no write; no match adds a new
//   record through createRecord, with a fresh id and status "reported" for needs.
// - References by name: community and unit cells take a name (exact, trimmed) or an id; a name that matches
//   nothing, or more than one record, is an issue for that cell.
// - Any issue means `writes` is empty: an import lands whole or not at all.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dataset.h"
#include "domain/history.h"
#include "domain/message.h"
#include "io/gb18030.h"
#include "io/import_columns.h"

namespace gj::io {

struct ImportOptions {
  Edit edit;  // who imports, when; its note (e.g. "导入 needs.csv") goes on every history entry
  // Category names -> ids, e.g. from match::Taxonomy ("养老助老" -> "elderly", "Care for the elderly" ->
  // "elderly"); ids are always accepted.
  std::map<std::string, std::string, std::less<>> category_names;
};

struct ImportIssue {
  int row = 0;          // as Excel shows it (header = 1); 0 for the file as a whole (encoding)
  std::string column;   // the header as written in the file; "" for the whole row
  Message message;      // en/zh: `row 3, column 涉及人数: expected a whole number 0 or more, got "十二"`
};

enum class RowAction { added, updated, unchanged, failed };
const char* rowActionId(RowAction a);  // "added", "updated", "unchanged", "failed"

struct ImportRow {
  int row = 0;              // as Excel shows it
  RowAction action = RowAction::failed;
  std::string record;       // the record id it adds or matches ("" when failed before matching)
  std::string external_id;  // the 编号 cell, "" when none
};

struct ImportResult {
  ImportTable table = ImportTable::needs;
  TextEncoding encoding = TextEncoding::utf8;
  std::vector<std::string> headers;  // as in the file
  std::vector<ImportRow> rows;       // one per data row, in file order
  std::vector<ImportIssue> issues;   // in row order; the whole-file ones first
  int added = 0, updated = 0, unchanged = 0;
  // The records to store when ok(): new ones (rev 1) and updated ones (rev + 1), nothing else.
  Dataset writes;

  bool ok() const { return issues.empty(); }
  std::size_t writeCount() const { return writes.size(); }
};

// Reads `fileBytes` (the whole file) as a table of `table` against `ds`. Never writes anything.
ImportResult importCsv(ImportTable table, std::string_view fileBytes, const Dataset& ds, const ImportOptions& options);

// The external id the importer stored on a record ("" when none).
std::string externalId(const Record& r);

}  // namespace gj::io
