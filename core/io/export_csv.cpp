// CSV exports of needs, units and volunteers; see export_csv.h.
#include "io/export_csv.h"

#include "domain/privacy.h"
#include "io/csv_write.h"
#include "io/import_cells.h"
#include "io/import_csv.h"

namespace gj::io {
namespace {

template <class R> std::string nameOf(const Dataset& ds, const std::string& id) {
  const R* r = ds.find<R>(id);
  return r ? r->name : id;  // a dangling reference stays visible as its id
}

std::string keyOf(const Record& r) {
  std::string ext = externalId(r);
  return ext.empty() ? r.id : ext;
}

// The cell of `field` for one record; "" for fields a table does not have.
std::string needCell(std::string_view f, const Need& r, const Dataset& ds, Language lang) {
  if (f == "external_id") return keyOf(r);
  if (f == "community") return nameOf<Community>(ds, r.community);
  if (f == "text") return r.text;
  if (f == "category") return r.category;
  if (f == "target_group") return cells::targetGroupWord(r.target_group, lang);
  if (f == "people_affected") return std::to_string(r.people_affected);
  if (f == "urgency") return std::to_string(r.urgency);
  if (f == "reported") return r.reported;
  if (f == "reporter_name") return r.reporter.name;
  if (f == "reporter_phone") return r.reporter.phone;
  if (f == "reporter_address") return r.reporter.address;
  return "";
}

std::string unitCell(std::string_view f, const Unit& r, const Dataset& ds, Language lang) {
  if (f == "external_id") return keyOf(r);
  if (f == "name") return r.name;
  if (f == "level") return cells::unitLevelWord(r.level, lang);
  if (f == "communities") {
    std::vector<std::string> names;
    for (const auto& id : r.communities) names.push_back(nameOf<Community>(ds, id));
    return cells::listWord(names, lang);
  }
  if (f == "liaison") return r.liaison;
  return "";
}

std::string volunteerCell(std::string_view f, const Volunteer& r, const Dataset& ds, Language lang) {
  if (f == "external_id") return keyOf(r);
  if (f == "name") return r.name;
  if (f == "unit") return nameOf<Unit>(ds, r.unit);
  if (f == "party_member") return cells::yesNoWord(r.party_member, lang);
  if (f == "skills") return cells::listWord(r.skills, lang);
  if (f == "weekdays") return cells::weekdaysWord(r.weekdays, lang);
  if (f == "phone") return r.phone;
  return "";
}

template <class R, class Cell>
std::string exportTable(ImportTable table, const Dataset& ds, Audience audience, Language lang, Cell cell) {
  std::vector<const ImportColumn*> columns;
  for (const ImportColumn& c : importColumns(table))
    if (audience == Audience::staff || !c.personal) columns.push_back(&c);
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header;
  for (const ImportColumn* c : columns) header.emplace_back(lang == Language::zh ? c->zh : c->en);
  rows.push_back(std::move(header));
  for (const auto& [id, r] : ds.table<R>()) {
    std::vector<std::string> row;
    for (const ImportColumn* c : columns) row.push_back(cell(c->field, r, ds, lang));
    rows.push_back(std::move(row));
  }
  return writeCsv(rows);
}

}  // namespace

std::string exportCsv(ImportTable table, const Dataset& full, Audience audience, Language lang) {
  // Public rows come from the public snapshot as well, so a personal field can never slip into a column.
  const Dataset snapshot = audience == Audience::staff ? Dataset{} : publicSnapshot(full);
  const Dataset& ds = audience == Audience::staff ? full : snapshot;
  switch (table) {
    case ImportTable::needs: return exportTable<Need>(table, ds, audience, lang, needCell);
    case ImportTable::units: return exportTable<Unit>(table, ds, audience, lang, unitCell);
    case ImportTable::volunteers: return exportTable<Volunteer>(table, ds, audience, lang, volunteerCell);
  }
  return "";
}

}  // namespace gj::io
