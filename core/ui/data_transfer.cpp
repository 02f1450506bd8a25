// Import and export (in Settings). An import is read into a preview first — encoding, what each row would
// do, every problem with its row and column — and stored as one action only when the user confirms a
// preview without problems. Exports go to the platform (a download in the browser, a file on the desktop).
#include <imgui.h>

#include "domain/bundle.h"
#include "domain/dates.h"
#include "io/bundle_merge.h"
#include "io/export_csv.h"
#include "io/ical_export.h"
#include "io/import_action.h"
#include "io/import_csv.h"
#include "io/meeting_html.h"
#include "report/meeting_pack.h"
#include "ui/edit_stamp.h"
#include "ui/fonts.h"
#include "ui/screens.h"
#include "ui/strings.h"
#include "ui/theme.h"

namespace gj::ui {

namespace {

enum class Source { needs, units, volunteers, bundle };

struct Preview {
  bool shown = false;
  int added = 0, updated = 0, unchanged = 0, conflicts = 0;
  Source source = Source::needs;
  std::string file;
  std::string summary;              // encoding and counts, in the user's language
  std::vector<std::string> lines;   // issues or conflicts, in the user's language
  Dataset writes;                   // what confirming stores
  bool canConfirm = false;
  std::string result;               // after confirming or exporting
};

Preview& preview() {
  static Preview p;
  return p;
}

Language language() { return strings().lang() == Lang::zh ? Language::zh : Language::en; }

std::string formatted(const char* key, int a, int b, int c) {
  char text[256];
  std::snprintf(text, sizeof text, tr(key), a, b, c);
  return text;
}

void previewCsv(ScreenContext& ctx, Source source, const PickedFile& file) {
  Preview& p = preview();
  io::ImportOptions options;
  options.edit = editNow(ctx, "import " + file.name);
  for (const auto& c : ctx.taxonomy.categories) {
    options.category_names[c.zh] = c.id;
    options.category_names[c.en] = c.id;
  }
  const auto table = source == Source::needs ? io::ImportTable::needs
                     : source == Source::units ? io::ImportTable::units : io::ImportTable::volunteers;
  io::ImportResult r = io::importCsv(table, file.bytes, ctx.data(), options);
  p.summary = std::string(tr("transfer.encoding")) + " " + io::textEncodingId(r.encoding) + " · " +
              formatted("transfer.counts", r.added, r.updated, r.unchanged);
  for (const auto& issue : r.issues) p.lines.push_back(inLang(issue.message));
  p.canConfirm = r.ok() && r.writeCount() > 0;
  p.added = r.added, p.updated = r.updated, p.unchanged = r.unchanged;
  p.writes = std::move(r.writes);
}

void previewBundle(ScreenContext& ctx, const PickedFile& file) {
  Preview& p = preview();
  io::MergeResult r = io::mergeBundle(ctx.data(), file.bytes);
  for (const auto& e : r.errors) p.lines.push_back(e);
  if (!r.ok()) return;
  p.summary = formatted("transfer.counts", r.added, r.updated, r.unchanged);
  if (!r.conflicts.empty()) {
    char text[128];
    std::snprintf(text, sizeof text, tr("transfer.conflicts"), static_cast<int>(r.conflicts.size()));
    p.summary += std::string(" · ") + text;
  }
  for (const auto& c : r.conflicts) p.lines.push_back(inLang(c.message));
  p.canConfirm = r.writes.size() > 0;  // conflicting records stay as stored; the rest may land
  p.added = r.added, p.updated = r.updated, p.unchanged = r.unchanged;
  p.conflicts = static_cast<int>(r.conflicts.size());
  p.writes = std::move(r.writes);
}

void startImport(ScreenContext& ctx, Source source) {
  const char* accept = source == Source::bundle ? ".json,application/json" : ".csv,text/csv";
  io::Workspace* ws = ctx.workspace;
  ScreenContext* context = &ctx;  // the context lives as long as the App; the picker may answer later
  ctx.files.pick(accept, [context, ws, source](PickedFile file) {
    Preview& p = preview();
    if (!file.ok && file.error.empty()) return;  // cancelled: keep what was shown
    p = Preview{};
    p.shown = true;
    p.source = source;
    p.file = file.name;
    if (!file.ok) {
      p.lines.push_back(file.error);
      return;
    }
    if (context->workspace != ws) return;
    if (source == Source::bundle)
      previewBundle(*context, file);
    else
      previewCsv(*context, source, file);
  });
}

void confirmImport(ScreenContext& ctx) {
  Preview& p = preview();
  requireGlyphs(writeBundle(p.writes));  // a resident's rare character in the file must render
  io::Action action;
  io::putRecords(p.writes, action);
  if (ctx.workspace->perform(std::move(action))) {
    char text[128];
    std::snprintf(text, sizeof text, tr("transfer.imported"), static_cast<int>(p.writes.size()));
    p = Preview{};
    p.result = text;
  } else {
    p.result = tr("intake.err.read_only");
  }
}

void drawPreview(ScreenContext& ctx) {
  Preview& p = preview();
  if (!p.shown) return;
  ImGui::Spacing();
  ImGui::Text("%s: %s", tr("transfer.preview"), p.file.c_str());
  if (!p.summary.empty()) ImGui::TextWrapped("%s", p.summary.c_str());
  ctx.widgets.markLastItem("transfer.summary");
  if (!p.lines.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kBrand);
    ImGui::BeginChild("##transfer.issues", ImVec2(0, std::min(200.0f, 26.0f * p.lines.size() + 8)), true);
    for (const auto& line : p.lines) ImGui::TextWrapped("%s", line.c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ctx.widgets.markLastItem("transfer.issues");
  }
  ImGui::BeginDisabled(!p.canConfirm);
  if (ImGui::Button(tr("transfer.confirm"))) confirmImport(ctx);
  ImGui::EndDisabled();
  ctx.widgets.markLastItem("transfer.confirm");
  ImGui::SameLine();
  if (ImGui::Button(tr("intake.cancel"))) p = Preview{};
}

void offer(ScreenContext& ctx, const std::string& name, const char* mime, const std::string& bytes) {
  std::string where = ctx.files.save(name, mime, bytes);
  preview().result = name + " → " + where;
}

// The quarter whose pack the street office prepares: the latest quarter with a claimed project.
Quarter packQuarter(const Dataset& ds) {
  Quarter latest;
  for (const auto& entry : ds.projects())
    if (const auto& q = entry.second.quarter; q && (!latest.valid() || latest.text() < q->text())) latest = *q;
  return latest.valid() ? latest : *Quarter::ofDate(today());
}

void drawExports(ScreenContext& ctx) {
  const Dataset& ds = ctx.data();
  const Language lang = language();
  const std::string suffix = strings().lang() == Lang::zh ? "-zh" : "-en";
  auto button = [&](const char* key) {
    bool pressed = ImGui::Button(tr(key));
    ctx.widgets.markLastItem(key);
    ImGui::SameLine();
    return pressed;
  };
  if (button("transfer.export.needs_staff"))
    offer(ctx, "needs-staff" + suffix + ".csv", "text/csv", io::exportCsv(io::ImportTable::needs, ds, io::Audience::staff, lang));
  if (button("transfer.export.needs_public"))
    offer(ctx, "needs-public" + suffix + ".csv", "text/csv",
          io::exportCsv(io::ImportTable::needs, ds, io::Audience::general_public, lang));
  if (button("transfer.export.units"))
    offer(ctx, "units" + suffix + ".csv", "text/csv", io::exportCsv(io::ImportTable::units, ds, io::Audience::staff, lang));
  if (button("transfer.export.volunteers"))
    offer(ctx, "volunteers" + suffix + ".csv", "text/csv",
          io::exportCsv(io::ImportTable::volunteers, ds, io::Audience::staff, lang));
  ImGui::NewLine();
  if (button("transfer.export.bundle")) offer(ctx, "gongjian-" + today() + ".json", "application/json", writeBundle(ds));
  if (button("transfer.export.ics"))
    offer(ctx, "activities" + suffix + ".ics", "text/calendar", io::exportActivitiesIcs(ds, {lang, "", ""}));
  const Quarter q = packQuarter(ds);
  if (button("transfer.export.meeting")) {
    auto pack = report::computeMeetingPack(ds, q, today());
    offer(ctx, "meeting-pack-" + q.text() + suffix + ".html", "text/html", io::meetingPackHtml(ds, pack, lang));
  }
  ImGui::NewLine();
}

}  // namespace

Json dataTransferState() {
  const Preview& p = preview();
  return Json{{"preview", p.shown}, {"file", p.file},     {"added", p.added},           {"updated", p.updated},
              {"unchanged", p.unchanged}, {"conflicts", p.conflicts}, {"problems", p.lines.size()},
              {"canConfirm", p.canConfirm}, {"result", p.result}};
}

void drawDataTransfer(ScreenContext& ctx) {
  if (!ctx.files.pick && !ctx.files.save) {
    ImGui::TextWrapped("%s", tr("transfer.unavailable"));
    return;
  }
  const bool editable = ctx.workspace->loaded() && !ctx.workspace->readOnly();
  if (ctx.files.pick) {
    ImGui::BeginDisabled(!editable);
    const std::pair<const char*, Source> imports[] = {{"transfer.import.needs", Source::needs},
                                                      {"transfer.import.units", Source::units},
                                                      {"transfer.import.volunteers", Source::volunteers},
                                                      {"transfer.import.bundle", Source::bundle}};
    for (const auto& [key, source] : imports) {
      const Source chosen = source;
      const char* label = key;
      if (ImGui::Button(tr(label))) startImport(ctx, chosen);
      ctx.widgets.markLastItem(label);
      ImGui::SameLine();
    }
    ImGui::NewLine();
    ImGui::EndDisabled();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextWrapped("%s", tr("transfer.import.note"));
    ImGui::PopStyleColor();
  }
  if (!ctx.files.pick) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    ImGui::TextWrapped("%s", tr("transfer.import.cli"));
    ImGui::PopStyleColor();
  }
  drawPreview(ctx);
  if (ctx.files.save) {
    ImGui::Spacing();
    ImGui::TextUnformatted(tr("transfer.export"));
    drawExports(ctx);
  }
  if (!preview().result.empty()) {
    ImGui::TextWrapped("%s", preview().result.c_str());
    ctx.widgets.markLastItem("transfer.result");
  }
}

}  // namespace gj::ui
