// The Joint meeting screen in a real browser, with real mouse and keyboard events: the quarter is chosen, the
// street row's figures equal what the test computes itself from the stored documents, a meeting is recorded
// (a date outside the quarter refused first, notes typed in Chinese through the input-method path, two
// decisions reordered), a reload shows the stored document holds all of it, and the export downloads the
// printable pack with the notes and the CSV with the street row.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, waitReady, clickWidget, waitFrames, pressKey, storedDocs, storedEntry, saveScreenshot, appState, waitSaved, until as waitUntil, typeInto } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = appState;
const saved = waitSaved;
const until = (page, what, check, timeout) => waitUntil(page, what, check, timeout, (s) => s.meetings ?? s);

// The street's figures for quarter q ("2024Q2"), counted here from the stored documents by the rules of
// report/meeting_pack.h: co-building records only (a project led by a unit paired with a community, an
// activity with such an organiser), as on the dashboard; projects by the quarter they are carried out in,
// completions, funds and activities by their date, meetings by their quarter.
function quarterOf(date) {
  const [y, m] = date.slice(0, 10).split('-').map(Number);
  return `${y}Q${Math.floor((m - 1) / 3) + 1}`;
}
function streetFigures(docs, q) {
  const f = { claimed: 0, completed: 0, fundsFen: 0, activities: 0, volunteerMinutes: 0, served: 0, problems: 0, meetings: 0 };
  const claimedStates = ['claimed', 'in_progress', 'completed', 'evaluated'];
  const paired = new Set(docs.filter((d) => d._id?.startsWith('unit/') && d.communities?.length).map((d) => d._id));
  for (const d of docs) {
    const type = (d._id ?? '').split('/')[0];
    if (type === 'project' && claimedStates.includes(d.status) && paired.has(d.lead_unit)) {
      if ((d.quarter || quarterOf(d.claimed)) === q) f.claimed++;
      if (d.completed && quarterOf(d.completed) === q) { f.completed++; f.problems += d.problems_solved; }
      for (const e of d.timeline ?? []) if (quarterOf(e.date) === q) f.fundsFen += e.funds_spent_fen;
    } else if (type === 'activity' && quarterOf(d.start) === q && (d.organisers ?? []).some((u) => paired.has(u))) {
      f.activities++;
      f.served += d.people_served;
      for (const a of d.attendance ?? []) f.volunteerMinutes += a.minutes;
    } else if (type === 'meeting' && d.quarter === q) {
      f.meetings++;
    }
  }
  return f;
}
// 万元 with at most two decimals, rounded half up, trailing zeros dropped; hours with one decimal.
const wan = (fen) => {
  const r = Math.floor((fen + 5000) / 10000);
  return `${Math.floor(r / 100)}.${String(r % 100).padStart(2, '0')}`.replace(/\.?0+$/, '');
};
const hours = (minutes) => { const t = Math.floor((minutes * 10 + 30) / 60); return `${Math.floor(t / 10)}.${t % 10}`; };
const shown = (row) => ({ claimed: row.claimed, completed: row.completed, fundsFen: row.fundsFen, activities: row.activities,
  volunteerMinutes: row.volunteerMinutes, served: row.served, problems: row.problems, meetings: row.meetings });

test('joint meeting: choose a quarter, check the street row, record a meeting, reload, export', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, errors } = await openApp(context);
  await saved(page);

  await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.operator');
  await page.keyboard.insertText('周敏');
  await until(page, 'the operator typed', (x) => x.operator === '周敏');
  await saved(page);

  // The screen opens on the latest quarter with records (the demo's last is 2024Q3).
  await clickWidget(page, 'nav.meetings');
  let s = await until(page, 'the meeting screen', (x) => x.meetings && x.meetings.quarter);
  assert.equal(s.meetings.quarter, '2024Q3');
  assert.match(s.meetings.today, /^\d{4}-\d{2}-\d{2}$/);

  // Choose 2024Q2 from the quarter list and compare the street row with our own count.
  await clickWidget(page, 'meet.quarter');
  await clickWidget(page, 'meet.quarter.2024Q2');
  s = await until(page, '2024Q2', (x) => x.meetings.quarter === '2024Q2');
  let docs = await storedDocs(page);
  const q2 = streetFigures(docs, '2024Q2');
  assert.ok(q2.claimed > 0 && q2.activities > 0, 'the demo has work in 2024Q2');
  assert.deepEqual(shown(s.meetings.street), q2);
  assert.equal(s.meetings.rows.length, docs.filter((d) => d._id?.startsWith('community/')).length);

  // The next-quarter arrow goes to 2024Q3; the units table, sorted by claimed projects (descending after two clicks).
  await clickWidget(page, 'meet.quarter.next');
  s = await until(page, '2024Q3', (x) => x.meetings.quarter === '2024Q3');
  const q3 = streetFigures(docs, '2024Q3');
  assert.deepEqual(shown(s.meetings.street), q3);
  await clickWidget(page, 'meet.table.units');
  s = await until(page, 'the units table', (x) => x.meetings.table === 'units');
  assert.equal(s.meetings.rows.length, docs.filter((d) => d._id?.startsWith('unit/')).length);
  await saveScreenshot(page, 'meetings-pack-zh.png');

  // Record a meeting of 2024Q3.
  await clickWidget(page, 'meet.view.records');
  await until(page, 'the records view', (x) => x.meetings.view === 'records');
  const before = s.meetings.street.meetings;
  await clickWidget(page, 'meet.new');
  await until(page, 'the form', (x) => x.meetings.editing === 'new');
  await typeInto(page, 'meet.form.date', '2024-10-08');
  await clickWidget(page, 'meet.form.scope');
  await clickWidget(page, 'meet.form.scope.community/1');
  await clickWidget(page, 'meet.form.units.paired');
  // One more unit, not paired with 新城社区, found by typing its name into the search.
  const extraUnit = docs.filter((d) => d._id?.startsWith('unit/') && !(d.communities ?? []).includes('community/1'))
    .sort((a, b) => Number(a._id.split('/')[1]) - Number(b._id.split('/')[1]))[0];
  assert.ok(extraUnit, 'a unit not paired with community/1');
  await clickWidget(page, 'meet.form.unit_search');
  await page.keyboard.insertText(extraUnit.name);
  await waitFrames(page, 3);
  await clickWidget(page, `meet.form.unit.${extraUnit._id}`);
  const notes = '三季度联席会议：通报新城社区儿童服务站和楼道照明改造进展，研究暑期“一老一小”服务。';
  await clickWidget(page, 'meet.form.notes');
  await page.keyboard.insertText(notes);
  await waitFrames(page, 3);
  await clickWidget(page, 'meet.form.decision.0');
  await page.keyboard.insertText('十月开展反向考核准备');
  await clickWidget(page, 'meet.form.decision.add');
  await clickWidget(page, 'meet.form.decision.1');
  await page.keyboard.insertText('九月底前完成楼道照明改造');
  await waitFrames(page, 3);
  await clickWidget(page, 'meet.form.decision.up.1');  // the second decision first
  await saveScreenshot(page, 'meetings-form-zh.png');

  // A date outside the quarter is refused under its field; nothing is stored.
  await clickWidget(page, 'meet.form.save');
  s = await until(page, 'the date refused', (x) => x.meetings.formErrors.date);
  assert.equal(s.meetings.formErrors.date, '会议日期：2024-10-08 不在2024年第3季度内（2024-07-01 至 2024-09-30）');
  assert.equal(s.meetings.editing, 'new');
  assert.deepEqual(s.meetings.meetings, (await storedDocs(page)).filter((d) => d._id?.startsWith('meeting/') && d.quarter === '2024Q3')
    .sort((a, b) => a.date.localeCompare(b.date) || Number(a._id.split('/')[1]) - Number(b._id.split('/')[1])).map((d) => d._id));

  await typeInto(page, 'meet.form.date', '2024-08-20');
  await clickWidget(page, 'meet.form.save');
  s = await until(page, 'the meeting stored', (x) => x.meetings.editing === '' && x.meetings.selected !== '');
  await saved(page);
  const id = s.meetings.selected;
  assert.ok(s.meetings.meetings.includes(id));
  assert.equal(s.meetings.street.meetings, before + 1);

  // Reload: the stored document holds what was typed, stamped with the operator.
  await page.reload();
  await waitReady(page);
  const entry = await storedEntry(page, id);
  assert.ok(entry, `${id} is stored`);
  const m = JSON.parse(entry.text);
  assert.equal(m.quarter, '2024Q3');
  assert.equal(m.date, '2024-08-20');
  assert.equal(m.community, 'community/1');
  assert.equal(m.notes, notes);
  assert.deepEqual(m.decisions, ['九月底前完成楼道照明改造', '十月开展反向考核准备']);
  assert.ok(m.attending.includes(extraUnit._id));
  const paired = (await storedDocs(page)).filter((d) => d._id?.startsWith('unit/') && (d.communities ?? []).includes('community/1'));
  for (const u of paired) assert.ok(m.attending.includes(u._id), `${u._id} paired with community/1 attends`);
  assert.equal(m.history[0].by, '周敏');
  assert.equal(m.rev, 1);

  // Export the pack with this meeting: a download holding the notes and decisions; and the CSV.
  await clickWidget(page, 'nav.meetings');
  s = await until(page, 'the meeting screen after reload', (x) => x.meetings && x.meetings.quarter === '2024Q3');
  await clickWidget(page, 'meet.view.records');
  await clickWidget(page, `meet.meeting.${id}`);
  s = await until(page, 'the meeting selected', (x) => x.meetings.selected === id);
  const [html] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'meet.export.html')]);
  const number = id.split('/')[1];
  assert.equal(html.suggestedFilename(), `meeting-pack-2024Q3-meeting-${number}-zh.html`);
  const page1 = fs.readFileSync(await html.path(), 'utf8');
  assert.ok(page1.includes(`<p class="notes">${notes}</p>`), 'the notes are in the page');
  assert.ok(page1.includes('<li>九月底前完成楼道照明改造</li>\n<li>十月开展反向考核准备</li>'));
  s = await until(page, 'the export shown', (x) => x.meetings.lastExport.file === html.suggestedFilename());
  assert.ok(s.meetings.lastExport.where.length > 0);

  const [csv] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'meet.export.csv')]);
  assert.equal(csv.suggestedFilename(), 'meeting-pack-2024Q3-zh.csv');
  const lines = fs.readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  const street = lines[1].split(',');
  docs = await storedDocs(page);
  const q3now = streetFigures(docs, '2024Q3');
  assert.deepEqual(street.slice(3), ['2024Q3', '本季度', String(q3now.claimed), String(q3now.completed), wan(q3now.fundsFen),
    String(q3now.activities), hours(q3now.volunteerMinutes), String(q3now.served), String(q3now.problems),
    String(q3now.meetings), street[13], street[14]]);
  assert.equal(street[0], '街道');
  assert.deepEqual(errors, []);
  await context.close();
});
