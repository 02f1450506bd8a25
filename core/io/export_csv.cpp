// CSV exports of needs, units and volunteers; see export_csv.h.
#include "io/export_csv.h"

#include <map>
#include <vector>

#include "domain/privacy.h"
#include "io/csv_write.h"
#include "io/import_cells.h"
#include "io/import_csv.h"

namespace gj::io {
namespace {

// A reference is written as the name the importer resolves (exact, after trimming), unless that name would
// not lead back to this record: shared by several records, changed by trimming or formula defusing, shaped
// like an id, or (in a list cell) holding a separator. Then the id is written, which the importer accepts too.
template <class R> class References {
 public:
  explicit References(const Dataset& ds) : ds_(ds) {
    for (const auto& [id, r] : ds.table<R>()) ++count_[r.name];
  }
  std::string cell(const std::string& id, bool inList) const {
    const R* r = ds_.find<R>(id);
    if (!r) return id;  // a dangling reference stays visible as its id
    const std::string& name = r->name;
    bool readsBack = count_.at(name) == 1 && !isRecordId(name) && name.find('\r') == std::string::npos &&
                     cells::clean(name) == name && cells::clean(defuseFormula(name)) == name;
    if (inList) readsBack = readsBack && cells::list(name) == std::vector<std::string>{name};
    return readsBack ? name : id;
  }

 private:
  const Dataset& ds_;
  std::map<std::string, int> count_;
};

struct Refs {
  const Dataset& ds;
  References<Community> communities{ds};
  References<Unit> units{ds};
};

std::string keyOf(const Record& r) {
  std::string ext = externalId(r);
  return ext.empty() ? r.id : ext;
}

// The cell of `field` for one record; "" for fields a table does not have.
std::string needCell(std::string_view f, const Need& r, const Refs& refs, Language lang) {
  if (f == "external_id") return keyOf(r);
  if (f == "community") return refs.communities.cell(r.community, false);
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

std::string unitCell(std::string_view f, const Unit& r, const Refs& refs, Language lang) {
  if (f == "external_id") return keyOf(r);
  if (f == "name") return r.name;
  if (f == "level") return cells::unitLevelWord(r.level, lang);
  if (f == "communities") {
    std::vector<std::string> names;
    for (const auto& id : r.communities) names.push_back(refs.communities.cell(id, true));
    return cells::listWord(names, lang);
  }
  if (f == "liaison") return r.liaison;
  return "";
}

std::string volunteerCell(std::string_view f, const Volunteer& r, const Refs& refs, Language lang) {
  if (f == "external_id") return keyOf(r);
  if (f == "name") return r.name;
  if (f == "unit") return refs.units.cell(r.unit, false);
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
  const Refs refs{ds};
  for (const auto& [id, r] : ds.table<R>()) {
    std::vector<std::string> row;
    for (const ImportColumn* c : columns) row.push_back(cell(c->field, r, refs, lang));
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
