// CSV exports: headers the import reads, formulas defused, and no personal information in public exports.
#include <doctest/doctest.h>

#include "demo_fixture.h"
#include "io/csv_read.h"
#include "io/export_csv.h"
#include "test_domain_fixture.h"

using namespace gj;
using namespace gj::io;

TEST_CASE("io export: a staff export of needs, exactly") {
  Dataset ds = test::smallStreet();
  Need n = ds.needs().at("need/3");
  n.text = "=HYPERLINK(\"http://evil\",\"点我\")";
  n.extra["external_id"] = "XC-9";
  ds.put(n);
  ds.needs().erase("need/2");
  const std::string csv = exportCsv(ImportTable::needs, ds, Audience::staff, Language::zh);
  CHECK(csv ==
        "\xEF\xBB\xBF"
        "编号,社区,需求描述,类别,服务对象,涉及人数,紧急程度,反映日期,反映人,联系电话,住址\r\n"
        "need/1,新城社区,楼道灯坏了，老人晚上出门不方便,,老人,12,4,2024-07-01,梁琼,13800001234,茶都景苑2栋\r\n"
        "XC-9,茶都景苑,\"'=HYPERLINK(\"\"http://evil\"\",\"\"点我\"\")\",,老人,12,4,2024-07-01,梁琼,13800001234,"
        "茶都景苑2栋\r\n");
  const std::string en = exportCsv(ImportTable::units, ds, Audience::staff, Language::en);
  CHECK(en ==
        "\xEF\xBB\xBF"
        "external_id,name,level,communities,liaison\r\n"
        "unit/1,雅安市政务服务管理局,city,茶都景苑,李明\r\n"
        "unit/2,名山区司法局,district,新城社区,\r\n");
}

TEST_CASE("io export: public exports carry no resident's name, phone or address") {
  const Dataset& demo = test::demoDataset();
  for (Language lang : {Language::zh, Language::en}) {
    const std::string needs = exportCsv(ImportTable::needs, demo, Audience::general_public, lang);
    const std::string vols = exportCsv(ImportTable::volunteers, demo, Audience::general_public, lang);
    const std::string staff = exportCsv(ImportTable::needs, demo, Audience::staff, lang);
    for (const auto& [id, n] : demo.needs()) {
      for (const std::string* personal : {&n.reporter.name, &n.reporter.phone, &n.reporter.address}) {
        if (personal->size() < 2) continue;
        CAPTURE(*personal);
        CHECK(needs.find(*personal) == std::string::npos);
      }
    }
    for (const auto& [id, v] : demo.volunteers())
      if (!v.phone.empty()) CHECK(vols.find(v.phone) == std::string::npos);
    CsvTable header = parseCsv(needs.substr(3, needs.find("\r\n") - 3));
    CHECK(header.rows[0].cells.size() == 8);  // the three personal columns are gone
    CHECK(staff.size() > needs.size());
  }
  // The staff export does carry them (it is for staff only).
  const Need& some = demo.needs().begin()->second;
  if (!some.reporter.phone.empty())
    CHECK(exportCsv(ImportTable::needs, demo, Audience::staff, Language::zh).find(some.reporter.phone) !=
          std::string::npos);
}
