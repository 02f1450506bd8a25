// All records of one street, in maps ordered by IdLess, with lookups, id allocation and the cross-record
// checks (every reference points at an existing record of the right type; duplicates form no loop).
#pragma once
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <tuple>

#include "domain/feedback.h"
#include "domain/ids.h"
#include "domain/meeting.h"
#include "domain/need.h"
#include "domain/places.h"
#include "domain/project.h"
#include "domain/unit.h"
#include "domain/volunteer.h"

namespace gj {

template <class R> using Table = std::map<std::string, R, IdLess>;

class Dataset {
 public:
  std::string street;                 // id of the street owning the dataset; "" when empty
  Json bundle_extra = Json::object(); // unknown top-level bundle fields, written back unchanged

  template <class R> Table<R>& table() { return std::get<Table<R>>(tables_); }
  template <class R> const Table<R>& table() const { return std::get<Table<R>>(tables_); }

  Table<Street>& streets() { return table<Street>(); }
  Table<Community>& communities() { return table<Community>(); }
  Table<Unit>& units() { return table<Unit>(); }
  Table<Resource>& resources() { return table<Resource>(); }
  Table<Need>& needs() { return table<Need>(); }
  Table<Project>& projects() { return table<Project>(); }
  Table<Volunteer>& volunteers() { return table<Volunteer>(); }
  Table<Activity>& activities() { return table<Activity>(); }
  Table<Meeting>& meetings() { return table<Meeting>(); }
  Table<Assessment>& assessments() { return table<Assessment>(); }
  Table<Feedback>& feedback() { return table<Feedback>(); }
  Table<Award>& awards() { return table<Award>(); }
  const Table<Street>& streets() const { return table<Street>(); }
  const Table<Community>& communities() const { return table<Community>(); }
  const Table<Unit>& units() const { return table<Unit>(); }
  const Table<Resource>& resources() const { return table<Resource>(); }
  const Table<Need>& needs() const { return table<Need>(); }
  const Table<Project>& projects() const { return table<Project>(); }
  const Table<Volunteer>& volunteers() const { return table<Volunteer>(); }
  const Table<Activity>& activities() const { return table<Activity>(); }
  const Table<Meeting>& meetings() const { return table<Meeting>(); }
  const Table<Assessment>& assessments() const { return table<Assessment>(); }
  const Table<Feedback>& feedback() const { return table<Feedback>(); }
  const Table<Award>& awards() const { return table<Award>(); }

  template <class R> const R* find(std::string_view id) const {
    auto it = table<R>().find(id);
    return it == table<R>().end() ? nullptr : &it->second;
  }
  template <class R> R* find(std::string_view id) {
    auto it = table<R>().find(id);
    return it == table<R>().end() ? nullptr : &it->second;
  }
  bool contains(std::string_view id) const;  // a record of any type
  std::size_t size() const;                  // number of records

  // Adds or replaces the record with r.id (the caller has applied the change in storage).
  template <class R> void put(R r) {
    std::string id = r.id;
    table<R>().insert_or_assign(std::move(id), std::move(r));
  }

  // "need/18": one more than the highest number used for that type, and never handed out twice by this
  // dataset (nothing is deleted, so a number in use stays in use).
  std::string allocateId(std::string_view type);
  template <class R> std::string allocateId() { return allocateId(R::kType); }
  // Keeps allocateId from handing out `id` (a stored document that is not in the dataset: quarantined).
  void reserveId(std::string_view id);

  // f(Table<R>&) for every record type, in a fixed order.
  template <class F> void forEachTable(F&& f) {
    std::apply([&](auto&... t) { (f(t), ...); }, tables_);
  }
  template <class F> void forEachTable(F&& f) const {
    std::apply([&](const auto&... t) { (f(t), ...); }, tables_);
  }

  bool operator==(const Dataset& o) const {
    return street == o.street && bundle_extra == o.bundle_extra && tables_ == o.tables_;
  }

 private:
  std::tuple<Table<Street>, Table<Community>, Table<Unit>, Table<Resource>, Table<Need>, Table<Project>,
             Table<Volunteer>, Table<Activity>, Table<Meeting>, Table<Assessment>, Table<Feedback>, Table<Award>>
      tables_;
  std::map<std::string, long long, std::less<>> next_;
};

bool isRecordType(std::string_view type);  // "need" yes, "settings" no

// Reads one record of whatever type its `_id` names into `into`; errors at `where` (e.g. "records[3]").
// Refuses an id that is already present.
bool readAnyRecord(const Json& j, Dataset& into, Errors& errors, std::string_view where);

// Every reference between records of `ds`, checked: `need/17.community: expected the id of an existing
// community, got "community/9"`.
Errors checkReferences(const Dataset& ds);
// The same checks for the records of one action (`changed`) only, against `ds` with `changed` put into it:
// what an edit would break, before it is stored.
Errors checkChangedReferences(const Dataset& ds, const Dataset& changed);

}  // namespace gj
