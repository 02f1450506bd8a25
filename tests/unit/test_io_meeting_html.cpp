// The joint-meeting pack as a printable HTML page: self-contained, both languages, every text escaped, and
// nothing personal on it.
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "io/meeting_html.h"
#include "report/meeting_pack.h"
#include "test_domain_fixture.h"

using namespace gj;
using namespace gj::io;

TEST_CASE("io html: text is escaped") {
  CHECK(htmlEscape("<b>\"A&B\"</b> 'x'") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#39;x&#39;");
}

TEST_CASE("io html: a unit or project named like markup stays text") {
  Dataset ds = test::smallStreet();
  Unit u = ds.units().at("unit/2");
  u.name = "<script>alert('x')</script>司法局";
  ds.put(u);
  Project p = ds.projects().at("project/1");
  p.title = "A & B <i>";
  p.lead_unit = "unit/2";
  p.status = ProjectStatus::claimed;
  p.quarter = Quarter{2024, 3};
  p.claimed = "2024-07-02";
  ds.put(p);
  const report::MeetingPack pack = report::computeMeetingPack(ds, Quarter{2024, 3}, "2024-09-30");
  for (Language lang : {Language::zh, Language::en}) {
    const std::string html = meetingPackHtml(ds, pack, lang);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"", 0) == 0);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;司法局") != std::string::npos);
    CHECK(html.find("A &amp; B &lt;i&gt;") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("http") == std::string::npos);  // nothing loaded from elsewhere
  }
  CHECK(meetingPackHtml(ds, pack, Language::zh).find("<title>蒙阳街道2024年第3季度共建联席会议材料</title>") !=
        std::string::npos);
  CHECK(meetingPackHtml(ds, pack, Language::en).find("<title>蒙阳街道 2024 Q3 joint meeting pack</title>") !=
        std::string::npos);
}

TEST_CASE("io html: the demo pack shows its figures and no personal information") {
  const Dataset& demo = test::demoDataset();
  const report::MeetingPack pack = report::computeMeetingPack(demo, Quarter{2024, 3}, "2024-10-08");
  const std::string html = meetingPackHtml(demo, pack, Language::zh);
  CHECK(html.find("全街道") != std::string::npos);
  CHECK(html.find(pack.units.front().name) != std::string::npos);
  for (const auto& [id, n] : demo.needs())
    for (const std::string* personal : {&n.reporter.name, &n.reporter.phone, &n.reporter.address})
      if (personal->size() >= 6) CHECK(html.find(*personal) == std::string::npos);
  for (const auto& [id, v] : demo.volunteers())
    if (!v.phone.empty()) CHECK(html.find(v.phone) == std::string::npos);
}
