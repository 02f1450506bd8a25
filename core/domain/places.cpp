// JSON fields of Street and Community.
#include "domain/places.h"

namespace gj {

void writeFields(Json& j, const Street& r) {
  j["name"] = r.name;
  j["district"] = r.district;
  j["city"] = r.city;
}

void readFields(Fields& f, Street& r) {
  f.name("name", r.name);
  f.text("district", r.district);
  f.text("city", r.city);
}

void writeFields(Json& j, const Community& r) {
  j["street"] = r.street;
  j["name"] = r.name;
  j["households"] = r.households;
}

void readFields(Fields& f, Community& r) {
  f.id("street", r.street, "street");
  f.name("name", r.name);
  f.count("households", r.households, Presence::optional);
}

}  // namespace gj
