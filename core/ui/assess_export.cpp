// The ranking for the departments' annual targets, handed to the platform (a download in the browser, a file in
// the data folder on the desktop): CSV and printable HTML in the user's language (core/io/assessment_export.h).
#include <imgui.h>

#include "io/assessment_export.h"
#include "ui/assess_screen.h"
#include "ui/strings.h"

namespace gj::ui {

void drawAssessExport(ScreenContext& ctx, AssessUi& ui) {
  if (!ctx.files.save) return;
  const bool zh = strings().lang() == Lang::zh;
  const Language lang = zh ? Language::zh : Language::en;
  const std::string base = "assessment-" + std::to_string(ui.year) + (zh ? "-zh" : "-en");
  auto offer = [&](const std::string& name, const char* mime, const std::string& bytes) {
    ui.exportResult = name + " → " + ctx.files.save(name, mime, bytes);
  };
  ImGui::SameLine(0, 24);
  if (ImGui::Button(tr("assess.export.csv"))) offer(base + ".csv", "text/csv", io::assessmentCsv(ui.result, lang));
  ctx.widgets.markLastItem("assess.export.csv");
  ImGui::SameLine();
  if (ImGui::Button(tr("assess.export.html")))
    offer(base + ".html", "text/html", io::assessmentHtml(ctx.data(), ui.result, lang));
  ctx.widgets.markLastItem("assess.export.html");
  if (!ui.exportResult.empty()) {
    ImGui::TextDisabled("%s", ui.exportResult.c_str());
    ctx.widgets.markLastItem("assess.export.result");
  }
}

}  // namespace gj::ui
