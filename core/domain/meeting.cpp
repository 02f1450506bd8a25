// JSON fields of Meeting and Assessment.
#include "domain/meeting.h"

namespace gj {

void writeFields(Json& j, const Meeting& r) {
  j["quarter"] = r.quarter.valid() ? r.quarter.text() : "";
  j["date"] = r.date;
  j["community"] = r.community;
  j["attending"] = r.attending;
  j["notes"] = r.notes;
  j["decisions"] = r.decisions;
}

void readFields(Fields& f, Meeting& r) {
  std::optional<Quarter> q;
  f.quarter("quarter", q);
  if (q) r.quarter = *q;
  f.date("date", r.date);
  if (q && !r.date.empty() && !q->contains(r.date))
    f.fail("date", "a date inside " + q->text(), &f.raw().at("date"));
  f.id("community", r.community, "community", Presence::optional);
  f.ids("attending", r.attending, "unit");
  f.text("notes", r.notes);
  f.texts("decisions", r.decisions);
}

void writeFields(Json& j, const Assessment& r) {
  j["year"] = r.year;
  j["community"] = r.community;
  j["unit"] = r.unit;
  j["scores"] = r.scores;
  j["note"] = r.note;
}

void readFields(Fields& f, Assessment& r) {
  f.integer("year", r.year, 2000, 2100);
  f.id("community", r.community, "community");
  f.id("unit", r.unit, "unit");
  if (const Json* scores = f.object("scores", Presence::optional)) {
    Fields sf(*scores, f.pathOf("scores"), f.errors());
    for (const auto& item : scores->items()) {
      if (!isCategoryId(item.key())) {
        const Json key(item.key());
        f.fail("scores", "aspect ids like \"participation\"", &key);
        continue;
      }
      int score = -1;
      sf.integer(item.key(), score, 0, 100);
      if (score >= 0) r.scores[item.key()] = score;
    }
  }
  f.text("note", r.note);
}

}  // namespace gj
