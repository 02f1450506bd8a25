// Schema versions of stored documents and bundles, and the migrations between them.
//
// Schema 1 (the 2023 pilot's files):
//   - a record's id was in "id" (schema 2: "_id", the field CouchDB uses as the document id);
//   - money was yuan as text: project "budget_yuan": "100000.5", timeline entries "spent_yuan",
//     award "amount_yuan" (schema 2: whole fen as integers "budget_fen", "funds_spent_fen", "amount_fen");
//   - a need's reporter was flat: "reporter_name", "reporter_phone", "reporter_address" (schema 2: an
//     object "reporter" with name, phone, address).
// Schema 2: the current shape (see record.h and the record headers).
//
// Adding schema N+1: bump kSchemaVersion, write a step vN -> vN+1 in schema.cpp and append it to the step
// list; older documents then migrate through every step in turn.
#pragma once
#include <optional>
#include <string_view>

#include "domain/json_fields.h"

namespace gj {

inline constexpr int kSchemaVersion = 2;

// The version in doc["schema"] if this program can read it. A newer version is refused with
// `<where>: schema 3 is newer than this program understands (2); update the program — the data was not changed`.
std::optional<int> readSchema(const Json& doc, std::string_view where, Errors& errors);

// Brings one record document from schema `from` to kSchemaVersion, in place. Errors name the record by its
// id, or by `where` when it has none. Returns false (document unusable) when a value cannot be converted.
bool migrateRecord(Json& record, int from, std::string_view where, Errors& errors);

}  // namespace gj
