// CSV exports of needs, units and volunteers (csv_write.h: UTF-8 with BOM, CRLF, formulas defused) with the
// headers the import accepts (import_columns.h), so an exported file imports again without duplicates.
// References are written as names (community, unit), or as ids when a name would not import back as the
// same record (shared, padded with spaces, holding a list separator); the 编号 column holds the record's
// external id, or its id when it has none.
//
// Audience::general_public leaves out the personal columns (needs' reporter name, phone and address;
// volunteers' phones) — the rows come from domain/privacy.h's publicSnapshot as well, so nothing personal
// can slip through. Audience::staff writes everything.
#pragma once
#include <string>

#include "domain/dataset.h"
#include "domain/message.h"
#include "io/import_columns.h"

namespace gj::io {

enum class Audience { general_public, staff };

// Rows in id order (IdLess); headers in `lang`; enum values written as the import reads them
// (zh: 老人/市级/是, en: elderly/city/yes).
std::string exportCsv(ImportTable table, const Dataset& ds, Audience audience, Language lang);

}  // namespace gj::io
