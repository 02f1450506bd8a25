// The exports of the Joint meeting screen: the printable pack with the meeting record (the selected meeting,
// or every meeting of the quarter when none is selected) and the pack's figures as CSV, handed to the
// platform (a download in the browser, a file in the data folder on the desktop); where it went stays shown.
#include <imgui.h>

#include "io/meeting_record_export.h"
#include "ui/meeting_screen.h"
#include "ui/strings.h"

namespace gj::ui {

using namespace meeting_ui;

namespace {

Language language() { return strings().lang() == Lang::zh ? Language::zh : Language::en; }

// "-30" for meeting/30: the file says which meeting it carries.
std::string meetingSuffix(const std::string& id) {
  const std::size_t slash = id.find('/');
  return slash == std::string::npos ? "" : "-meeting-" + id.substr(slash + 1);
}

void offer(ScreenContext& ctx, MeetingsUi& ui, const std::string& name, const char* mime, const std::string& bytes) {
  ui.lastExportFile = name;
  ui.lastExportWhere = ctx.files.save(name, mime, bytes);
}

}  // namespace

void drawMeetingExports(ScreenContext& ctx, MeetingsUi& ui) {
  if (!ctx.files.save) return;
  const Dataset& ds = ctx.data();
  const std::string lang = strings().lang() == Lang::zh ? "-zh" : "-en";
  const bool packOk = ui.pack.error.empty() && ui.todayError.empty();

  // On the tool bar's line when both buttons fit, otherwise on a line of their own.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::CalcTextSize(tr("meet.export.html")).x + ImGui::CalcTextSize(tr("meet.export.csv")).x +
                      style.FramePadding.x * 4 + style.ItemSpacing.x;
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
  ImGui::BeginDisabled(!packOk);
  if (ImGui::Button(tr("meet.export.html"))) {
    std::vector<const Meeting*> meetings;
    if (const Meeting* m = ds.find<Meeting>(ui.selectedMeeting); m && m->quarter == ui.quarter)
      meetings.push_back(m);
    else
      meetings = meetingsOfQuarter(ds, ui.quarter);
    const std::string suffix = meetings.size() == 1 ? meetingSuffix(meetings.front()->id) : "";
    offer(ctx, ui, "meeting-pack-" + ui.quarter.text() + suffix + lang + ".html", "text/html",
          io::meetingRecordHtml(ds, ui.pack, meetings, language()));
  }
  ctx.widgets.markLastItem("meet.export.html");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr("meet.export.html_hint"));
  ImGui::SameLine();
  if (ImGui::Button(tr("meet.export.csv")))
    offer(ctx, ui, "meeting-pack-" + ui.quarter.text() + lang + ".csv", "text/csv", io::meetingPackCsv(ui.pack, language()));
  ctx.widgets.markLastItem("meet.export.csv");
  ImGui::EndDisabled();

  if (!ui.lastExportFile.empty()) {
    char text[512];
    std::snprintf(text, sizeof text, tr("meet.export.done"), ui.lastExportFile.c_str(), ui.lastExportWhere.c_str());
    mutedText(text);
    ctx.widgets.markLastItem("meet.export.result");
  }
}

}  // namespace gj::ui
