// JSON fields of Unit and Resource.
#include "domain/unit.h"

namespace gj {

void writeFields(Json& j, const Unit& r) {
  j["name"] = r.name;
  j["level"] = enumName(r.level);
  j["communities"] = r.communities;
  j["liaison"] = r.liaison;
}

void readFields(Fields& f, Unit& r) {
  f.name("name", r.name);
  f.choice("level", r.level);
  f.ids("communities", r.communities, "community");
  f.text("liaison", r.liaison);
}

void writeFields(Json& j, const Resource& r) {
  j["unit"] = r.unit;
  j["kind"] = enumName(r.kind);
  j["title"] = r.title;
  j["categories"] = r.categories;
  j["capacity_per_quarter"] = r.capacity_per_quarter;
}

void readFields(Fields& f, Resource& r) {
  f.id("unit", r.unit, "unit");
  f.choice("kind", r.kind);
  f.name("title", r.title);
  f.categories("categories", r.categories);
  // One field for all kinds keeps the shape simple; the kind says whether it is fen, minutes or a count.
  f.quantity("capacity_per_quarter", r.capacity_per_quarter, Presence::optional);
}

}  // namespace gj
