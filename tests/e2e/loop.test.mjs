// The closed loop in a real browser, with real mouse and keyboard events on the real widgets: a resident's
// need is recorded, its suggested category accepted, matched to a unit, claimed, carried out to 100%,
// completed, rated — and the dashboard moves by exactly what was entered. A reload keeps all of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitReady, clickWidget, waitFrames, pressKey, storedDocs, appState, waitSaved, until, typeInto } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = appState;
const saved = waitSaved;

// Scrolls the mouse wheel over a list until the named widget is drawn (long lists are clipped).
async function scrollTo(page, list, widget) {
  for (let i = 0; i < 200; ++i) {
    if (await page.evaluate((n) => window.gongjian.rect(n), widget)) return;
    const r = await page.evaluate((n) => window.gongjian.rect(n), list);
    if (!r) throw new Error(`list ${list} is not on screen`);
    await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
    await page.mouse.wheel(0, 120);
    await waitFrames(page, 2);
  }
  throw new Error(`${widget} never appeared in ${list}`);
}


const figures = (d) => ({
  projects_claimed: d.projects_claimed, projects_completed: d.projects_completed, funds_fen: d.funds_fen,
  problems_solved: d.problems_solved, person_times_served: d.person_times_served,
});
const communityRow = (d, id) => d.by_community.find((r) => r.community === id);

test('the loop: record -> classify -> match -> claim -> progress -> complete -> rate moves the dashboard exactly; reload keeps it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, errors } = await openApp(context);
  await saved(page);
  const before = (await state(page)).dashboard;
  const community = before.by_community[0].community;

  // Who is working: every change is stamped with the operator.
  await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.operator');
  await page.keyboard.insertText('李华');
  await until(page, 'the operator typed', (x) => x.operator === '李华');  // the IME path may take a frame
  await clickWidget(page, 'nav.needs');
  await saved(page);

  // Record the need; the classifier suggests 基础设施 from "灯坏了" and the worker accepts it.
  await clickWidget(page, 'needs.new');
  await clickWidget(page, 'intake.community');
  await clickWidget(page, `intake.community.${community}`);
  await clickWidget(page, 'intake.text');
  await page.keyboard.insertText('小区楼道的灯坏了，老人晚上上下楼看不清，希望尽快修好');
  await waitFrames(page, 3);
  await clickWidget(page, 'intake.suggestion.0');
  await typeInto(page, 'intake.people', '12');
  await clickWidget(page, 'intake.save');
  let s = await until(page, 'the stored need selected', (x) => x.needs.selected !== '');
  await saved(page);
  const needId = s.needs.selected;
  assert.deepEqual([s.needs.status, s.needs.category, s.needs.community], ['classified', 'infrastructure', community]);

  // Run the plan for the current quarter and accept the pair proposed for this need.
  await clickWidget(page, 'nav.matching');
  await clickWidget(page, 'match.run');
  s = await until(page, 'the plan', (x) => x.matching.phase === 'done');
  await scrollTo(page, 'match.pairs.table', `match.accept.${needId}`);
  await clickWidget(page, `match.accept.${needId}`);
  await saved(page);
  s = await state(page);
  await clickWidget(page, 'nav.needs');
  s = await state(page);
  assert.equal(s.needs.selected, needId);
  assert.equal(s.needs.status, 'matched');
  const unit = s.needs.matchedUnit;
  assert.ok(unit, 'the need names its unit');

  // The unit claims it (领办): a project is created and opened.
  await clickWidget(page, 'nav.projects');
  await scrollTo(page, 'proj.claim.table', `proj.claim.${needId}`);
  await clickWidget(page, `proj.claim.${needId}`);
  await clickWidget(page, 'proj.claim.ok');
  await saved(page);
  s = await state(page);
  const projectId = s.projects.selected;
  assert.ok(projectId, 'the new project is selected');
  assert.equal(s.projects.status, 'claimed');
  assert.equal(s.projects.leadUnit, unit);

  // Two progress entries: 40% with 1,200.50 yuan, then 100% with 800 yuan.
  for (const [percent, funds, note] of [['40', '1200.50', '采购灯具'], ['100', '800', '全部安装完成']]) {
    await typeInto(page, 'proj.progress.percent', percent);
    await typeInto(page, 'proj.progress.funds', funds);
    await clickWidget(page, 'proj.progress.note');
    await page.keyboard.insertText(note);
    await clickWidget(page, 'proj.progress.add');
    await saved(page);
  }
  s = await state(page);
  assert.deepEqual([s.projects.status, s.projects.progress], ['in_progress', 100]);

  // Complete it (asks first): 2 problems solved, 30 elderly residents benefited.
  await clickWidget(page, 'proj.complete.open');
  await typeInto(page, 'proj.complete.problems', '2');
  await typeInto(page, 'proj.complete.benef.elderly', '30');
  await clickWidget(page, 'proj.complete.ok');
  await clickWidget(page, 'proj.complete.confirm');
  await saved(page);
  s = await state(page);
  assert.equal(s.projects.status, 'completed');

  // A resident's rating, recorded by the worker.
  await clickWidget(page, 'proj.rate.satisfied');
  await saved(page);
  s = await state(page);
  assert.equal(s.projects.status, 'evaluated');

  // The dashboard moved by exactly what was entered, in the totals and in the community's row.
  const after = s.dashboard;
  const expected = (f) => ({ ...f, projects_claimed: f.projects_claimed + 1, projects_completed: f.projects_completed + 1,
    funds_fen: f.funds_fen + 200050, problems_solved: f.problems_solved + 2 });
  assert.deepEqual(figures(after), expected(figures(before)));
  assert.deepEqual(figures(communityRow(after, community)),
                   expected(figures(communityRow(before, community))));
  await clickWidget(page, 'nav.dashboard');
  await waitFrames(page, 2);

  // Reload: the same figures, and the stored records carry the whole story.
  await page.reload();
  await waitReady(page);
  s = await state(page);
  assert.deepEqual(figures(s.dashboard), figures(after));
  assert.equal(s.operator, '李华');
  const docs = await storedDocs(page);
  const need = docs.find((d) => d._id === needId);
  const project = docs.find((d) => d._id === projectId);
  assert.equal(need.status, 'evaluated');
  assert.equal(need.matched_unit, unit);
  assert.equal(project.status, 'evaluated');
  assert.deepEqual(project.needs, [needId]);
  assert.deepEqual(project.timeline.map((e) => [e.percent, e.funds_spent_fen]), [[40, 120050], [100, 80000]]);
  assert.equal(project.problems_solved, 2);
  const ratings = docs.filter((d) => (d._id ?? '').startsWith('feedback/') && d.target === projectId);
  assert.deepEqual(ratings.map((f) => [f.rating, f.channel]), [['satisfied', 'worker']]);
  assert.ok(need.history.length >= 7, `the need's history holds every step (${need.history.length})`);
  assert.deepEqual(errors, []);
  await context.close();
});
