// Volunteers and activities in a real browser, with real mouse and keyboard events: an activity is created
// (a refused end-before-start first, with its message), staffed from the plan (accept one, then accept all
// after the confirmation), and its attendance recorded — the staffed volunteer's hours, star level and the
// dashboard's person-times move by exactly what was entered, and a reload keeps all of it.
//
// No demo volunteer is within one activity of a star (the nearest is 58 hours short, and the staffing plan's
// weekly cap keeps an activity under 6 hours), so the volunteer's earlier service is brought to 1 hour short
// first, the way an office would: a bundle of past activities (2023, outside the planned quarter) imported in
// Settings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, waitReady, clickWidget, waitFrames, pressKey, storedEntry, storedDocs, saveScreenshot, appState, waitSaved, until, typeInto } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = appState;
const saved = waitSaved;

// Scrolls the right-hand panel (the form or the activity's detail) to its end with the mouse wheel, as a user
// would, then clicks the named widget there. The panel's frame ends a little above the window's bottom edge,
// so a button that the panel clips at its fold still lies inside the window: clickWidget would not scroll it
// into view and its centre, below the fold, would click the frame rather than the button.
async function clickAtPanelEnd(page, name) {
  let r = await page.evaluate((n) => window.gongjian.rect(n), name);
  await page.mouse.move(r.x + Math.min(r.width / 2, 40), page.viewportSize().height / 2);
  for (let i = 0; i < 20; ++i) {
    await page.mouse.wheel(0, 120);
    await waitFrames(page, 2);
    const next = await page.evaluate((n) => window.gongjian.rect(n), name);
    if (next.y === r.y) break;  // the panel is at its end
    r = next;
  }
  await clickWidget(page, name);
}

// Star thresholds (hours), worked out here rather than read from the app.
const STAR_MINUTES = [100, 300, 600, 1000, 1500].map((h) => h * 60);
const starsOf = (m) => STAR_MINUTES.filter((t) => m >= t).length;
const toNextOf = (m) => { const t = STAR_MINUTES.find((x) => m < x); return t === undefined ? 0 : t - m; };

// Opens the Volunteers screen on one volunteer (found by name in the search field) and returns its state.
async function volunteerFigures(page, id, name) {
  await clickWidget(page, 'nav.volunteers');
  await clickWidget(page, 'vol.search');
  await pressKey(page, 'a', 'Control');
  await pressKey(page, 'Backspace');
  await page.keyboard.insertText(name);
  await until(page, 'the roster filtered', (s) => s.volunteers.rows >= 1 && s.volunteers.rows < 20);
  await clickWidget(page, `vol.row.${id}`);
  return (await until(page, `${id} selected`, (s) => s.volunteers.selected === id)).volunteers;
}

test('an activity is created, staffed from the plan and its attendance recorded: hours, stars and person-times move exactly; reload keeps them', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, errors } = await openApp(context);
  await saved(page);

  await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.operator');
  await page.keyboard.insertText('李明');
  await waitFrames(page, 2);
  await pressKey(page, 'Enter');
  await until(page, 'the operator', (s) => s.operator === '李明' && s.save === 'saved');

  const docs = await storedDocs(page);
  const organiser = docs.filter((d) => d._id?.startsWith('unit/') && d.communities.includes('community/1'))
    .map((d) => d._id).sort((a, b) => Number(a.split('/')[1]) - Number(b.split('/')[1]))[0];
  const activitiesBefore = docs.filter((d) => d._id?.startsWith('activity/')).length;

  // The form: a policy consultation in 新城社区 (community/1) on Friday 2024-09-13, 09:00 to 08:00 first.
  await clickWidget(page, 'nav.activities');
  await clickWidget(page, 'act.new');
  await clickWidget(page, 'act.form.name');
  await page.keyboard.insertText('惠民政策咨询（测试）');
  await clickWidget(page, 'act.form.type');
  await clickWidget(page, 'act.form.type.policy_consultation');
  await clickWidget(page, 'act.form.community');
  await clickWidget(page, 'act.form.community.community/1');
  await typeInto(page, 'act.form.date', '2024-09-13');
  await typeInto(page, 'act.form.start', '09:00');
  await typeInto(page, 'act.form.end', '08:00');
  await clickWidget(page, 'act.form.place');
  await page.keyboard.insertText('新城社区党群服务中心');
  await typeInto(page, 'act.form.headcount', '2');
  await clickWidget(page, 'act.form.organiser');
  await clickWidget(page, `act.form.organiser.${organiser}`);
  await clickWidget(page, 'act.form.save');
  let s = await until(page, 'the refusal', (x) => x.activities.refusal !== '');
  assert.equal(s.activities.refusal, 'activity.create.end_before_start');
  assert.equal(s.activities.message, '结束时间：须晚于开始时间（09:00）');
  assert.equal(s.activities.creating, true);
  await saveScreenshot(page, 'activities-refusal-zh.png');
  assert.equal((await storedDocs(page)).filter((d) => d._id?.startsWith('activity/')).length, activitiesBefore, 'nothing stored');

  await typeInto(page, 'act.form.end', '11:00');
  await clickAtPanelEnd(page, 'act.form.save');  // the refusal's line has pushed the buttons to the panel's fold
  s = await until(page, 'the new activity', (x) => !x.activities.creating && x.activities.selected !== '');
  await saved(page);
  const activity = s.activities.selected;
  assert.equal(s.activities.quarter, '2024Q3');
  assert.equal(s.activities.minutes, 120);
  assert.equal(s.activities.headcount, 2);
  assert.deepEqual(s.activities.attendance, []);
  assert.equal(s.activities.refusal, '');
  s = await until(page, 'the plan', (x) => x.activities.proposals.length >= 2);
  const proposal = s.activities.proposals[0];
  const v = proposal.volunteer;
  assert.equal(proposal.score, proposal.base + proposal.skill + proposal.organiser + proposal.paired);
  const vDoc = (await storedDocs(page)).find((d) => d._id === v);

  // Bring v to one hour short of the next star with past service (2023), imported in Settings.
  const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
    await clickWidget(page, 'nav.settings');
    await clickWidget(page, 'transfer.export.bundle');
  })()]);
  const bundle = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  const template = bundle.records.find((r) => r._id?.startsWith('activity/') && !r.recurring_weekly);
  let missing = proposal.minutesToNextStar - 60;
  const past = [];
  for (let i = 0; missing > 0; ++i) {
    const minutes = Math.min(480, missing);
    missing -= minutes;
    const day = `2023-02-${String(i + 1).padStart(2, '0')}`;
    const at = `${day}T18:00:00+08:00`;
    past.push({ ...template, _id: `activity/${9001 + i}`, rev: 1, created: at, updated: at, title: '补录：往年志愿服务',
      start: `${day}T08:00:00+08:00`, end: `${day}T16:00:00+08:00`, project: '', recurring_weekly: false,
      attendance: [{ volunteer: v, minutes }], people_served: 0, children_served: 0, headcount: 1,
      organisers: [vDoc.unit], history: [{ at, by: '李明', field: '*', note: 'created', before: null, after: null }] });
  }
  // A bundle reads on its own (its references must resolve inside it), so it carries, unchanged from the export,
  // the records the past activities point at: the streets, the communities, v's unit and v.
  const referenced = bundle.records.filter((r) => r._id?.startsWith('street/') || r._id?.startsWith('community/') ||
    r._id === vDoc.unit || r._id === v);
  const file = { name: 'past-service.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: bundle.format, schema: bundle.schema, street: bundle.street, records: [...referenced, ...past] })) };
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, 'transfer.import.bundle')]);
  await chooser.setFiles(file);
  s = await until(page, 'the import preview', (x) => x.transfer.preview);
  assert.equal(s.transfer.added, past.length);
  assert.equal(s.transfer.unchanged, referenced.length);
  await clickWidget(page, 'transfer.confirm');
  await saved(page);

  const before = await volunteerFigures(page, v, vDoc.name);
  assert.equal(before.minutesToNextStar, 60);
  assert.equal(before.minutes, proposal.minutes + proposal.minutesToNextStar - 60);
  assert.equal(before.stars, starsOf(before.minutes));

  // Staff it: accept v, then the rest of the plan after the confirmation.
  await clickWidget(page, 'nav.activities');
  s = await until(page, 'v still proposed', (x) => x.activities.selected === activity && x.activities.proposals.some((p) => p.volunteer === v));
  await clickWidget(page, `act.staff.accept.${v}`);
  await saved(page);
  s = await until(page, 'v signed up', (x) => x.activities.attendance.length === 1);
  assert.deepEqual(s.activities.attendance, [{ volunteer: v, minutes: 0 }]);
  s = await until(page, 'the plan for the last place', (x) => x.activities.proposals.length === 1);
  const w = s.activities.proposals[0].volunteer;
  await clickWidget(page, 'act.staff.accept_all');
  await clickWidget(page, 'act.staff.confirm.yes');
  await saved(page);
  s = await state(page);
  assert.deepEqual(s.activities.attendance, [{ volunteer: v, minutes: 0 }, { volunteer: w, minutes: 0 }]);
  const dashboardBefore = s.dashboard.person_times_served;

  // After the activity: v served the whole 120 minutes (the default), 37 people, 5 of them children.
  await typeInto(page, `act.attend.minutes.${v}`, '120');
  await typeInto(page, 'act.attend.people', '37');
  await typeInto(page, 'act.attend.children', '5');
  await clickWidget(page, 'act.attend.save');
  await saved(page);
  s = await until(page, 'the attendance', (x) => x.activities.peopleServed === 37);
  assert.deepEqual(s.activities.attendance, [{ volunteer: v, minutes: 120 }, { volunteer: w, minutes: 120 }]);
  assert.equal(s.activities.childrenServed, 5);
  assert.equal(s.dashboard.person_times_served, dashboardBefore + 37);
  await saveScreenshot(page, 'activities-zh.png');

  const after = await volunteerFigures(page, v, vDoc.name);
  assert.equal(after.minutes, before.minutes + 120);
  assert.equal(after.stars, before.stars + 1);
  assert.equal(after.minutesToNextStar, toNextOf(before.minutes + 120));
  assert.equal(after.peopleServed, before.peopleServed + 37);
  await saveScreenshot(page, 'volunteers-zh.png');

  // Reload: the same figures from storage, and the stored activity holds the attendance.
  await page.reload();
  await waitReady(page);
  s = await saved(page);
  assert.equal(s.dashboard.person_times_served, dashboardBefore + 37);
  const reloaded = await volunteerFigures(page, v, vDoc.name);
  assert.deepEqual([reloaded.minutes, reloaded.stars, reloaded.minutesToNextStar], [after.minutes, after.stars, after.minutesToNextStar]);
  const stored = JSON.parse((await storedEntry(page, activity)).text);
  assert.deepEqual(stored.attendance, [{ volunteer: v, minutes: 120 }, { volunteer: w, minutes: 120 }]);
  assert.equal(stored.people_served, 37);
  assert.equal(stored.children_served, 5);
  assert.equal(stored.start, '2024-09-13T09:00:00+08:00');
  assert.equal(stored.history.at(-1).by, '李明');
  assert.deepEqual(errors, []);
  await context.close();
});
