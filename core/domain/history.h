// Changing a record: every change is stamped (time, operator), appended to the record's history field by
// field, and bumps rev and updated. Lifecycle steps and the UI's plain edits all go through commitEdit.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "domain/message.h"
#include "domain/record.h"

namespace gj {

// Who changes what, when: the session's operator name and the time of the action.
struct Edit {
  std::string at;    // timestamp "2024-07-05T09:30:00+08:00"
  std::string by;    // operator name
  std::string note;  // optional, kept on every Change of this edit
};

// Why an edit cannot be recorded (no operator, time not a timestamp); nullopt when fine.
std::optional<Message> checkEdit(const Edit& e);

// The field changes from `before` to `after` (record JSON without the metadata fields). A list that only
// grew yields one change per new element ("timeline[2]": null -> entry), anything else one per field.
std::vector<Change> diffFields(const Json& before, const Json& after, const Edit& e);

// The metadata fields, which are never diffed.
bool isMetaField(const std::string& key);

// Stamps a new record: created = updated = e.at, rev 1, history = [{field "*", note "created"}].
// Refused when the edit or the record is invalid (the first validation error is the reason).
template <class R> Outcome createRecord(R& r, const Edit& e);

// Makes `current` equal to `updated` (whose metadata is ignored) as one change: one Change per differing
// field, rev + 1, updated = e.at. Nothing differs: applied, record untouched. Refused (record untouched)
// when the result would not validate, so no step can store a record that would not load again.
template <class R> Outcome commitEdit(R& current, const R& updated, const Edit& e);

// A plain edit from a form: refuses a status change (that goes through the record's lifecycle) and an
// updated record that does not validate.
template <class R> Outcome editRecord(R& current, const R& updated, const Edit& e);

// ---- implementation ----

Message invalidRecordMessage(const Errors& errors);
Message statusChangeMessage();

template <class R> Outcome createRecord(R& r, const Edit& e) {
  if (auto why = checkEdit(e)) return Outcome::refused(*why);
  R next = r;
  next.created = next.updated = e.at;
  next.rev = 1;
  next.history = {Change{e.at, e.by, "*", Json(), Json(), e.note.empty() ? "created" : e.note}};
  Errors errors = validate(next);
  if (!errors.empty()) return Outcome::refused(invalidRecordMessage(errors));
  r = std::move(next);
  return Outcome::ok();
}

template <class R> Outcome commitEdit(R& current, const R& updated, const Edit& e) {
  if (auto why = checkEdit(e)) return Outcome::refused(*why);
  std::vector<Change> changes = diffFields(toJson(current), toJson(updated), e);
  if (changes.empty()) return Outcome::ok();
  R next = updated;
  next.id = current.id;
  next.created = current.created;
  next.updated = e.at;
  next.rev = current.rev + 1;
  next.history = current.history;
  next.history.insert(next.history.end(), changes.begin(), changes.end());
  Errors errors = validate(next);
  if (!errors.empty()) return Outcome::refused(invalidRecordMessage(errors));
  current = std::move(next);
  return Outcome::ok();
}

template <class R> Outcome editRecord(R& current, const R& updated, const Edit& e) {
  if constexpr (requires { updated.status; }) {
    if (updated.status != current.status) return Outcome::refused(statusChangeMessage());
  }
  return commitEdit(current, updated, e);
}

}  // namespace gj
