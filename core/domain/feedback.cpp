// JSON fields of Feedback and Award.
#include "domain/feedback.h"

namespace gj {

void writeFields(Json& j, const Feedback& r) {
  j["target_kind"] = enumName(r.target_kind);
  j["target"] = r.target;
  j["rating"] = enumName(r.rating);
  j["at"] = r.at;
  j["channel"] = enumName(r.channel);
}

void readFields(Fields& f, Feedback& r) {
  f.choice("target_kind", r.target_kind);
  // The kind decides which id is expected, so a wrong kind and a wrong id are both named.
  f.id("target", r.target, enumName(r.target_kind));
  f.choice("rating", r.rating);
  f.timestamp("at", r.at);
  f.choice("channel", r.channel);
}

void writeFields(Json& j, const Award& r) {
  j["target_kind"] = enumName(r.target_kind);
  j["target"] = r.target;
  j["title"] = r.title;
  j["amount_fen"] = r.amount_fen;
  j["date"] = r.date;
}

void readFields(Fields& f, Award& r) {
  f.choice("target_kind", r.target_kind);
  f.id("target", r.target, enumName(r.target_kind));
  f.name("title", r.title);
  f.fen("amount_fen", r.amount_fen, Presence::optional);
  f.date("date", r.date);
}

}  // namespace gj
