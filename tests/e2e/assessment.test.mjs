// The reverse assessment in a real browser, with real mouse and keyboard events: a community types its scores
// for a unit in the matrix, the unit's total and rank move by exactly what the test computes by hand from the
// stored assessment records (the communities' rounded mean replaces the pre-filled score; total = sum of
// weight * score), a reload keeps it, the stored record holds the scores with its history, and a score of 150
// is refused with a message naming the aspect.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitReady, clickWidget, waitFrames, pressKey, storedDocs, saveScreenshot, appState, waitSaved, until, typeInto as typeField } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = appState;
const saved = waitSaved;
const typeInto = (page, widget, text) => typeField(page, widget, text, { leave: false });  // Enter saves

const idNumber = (id) => Number(id.split('/')[1]);
// Half-up rounding of a non-negative fraction, in integers (as the assessment does).
const roundedMean = (scores) => Math.floor((2 * scores.reduce((a, b) => a + b, 0) + scores.length) / (2 * scores.length));

// Each community's latest stored record for (unit, year): greatest `updated`, then greatest id.
function latestByCommunity(docs, unit, year) {
  const out = new Map();
  for (const d of docs) {
    if (!d._id?.startsWith('assessment/') || d.unit !== unit || d.year !== year) continue;
    const cur = out.get(d.community);
    const t = Date.parse(d.updated), ct = cur ? Date.parse(cur.updated) : -Infinity;
    if (!cur || t > ct || (t === ct && idNumber(d._id) > idNumber(cur._id))) out.set(d.community, d);
  }
  return out;
}

// What the unit's total and rank become when `community` gives `score` for `aspect`, computed from the stored
// records of every community and the other units' totals.
function expected(s, docs, unit, year, community, aspect, score) {
  const row = s.assessment.ranked.find((r) => r.unit === unit);
  const others = [...latestByCommunity(docs, unit, year).entries()]
    .filter(([c, d]) => c !== community && d.scores && aspect in d.scores).map(([, d]) => d.scores[aspect]);
  const mean = roundedMean([...others, score]);
  const w = s.assessment.weights[aspect];
  const total = row.total_x100 - w * row.scores[aspect] + w * mean;
  const rank = 1 + s.assessment.ranked.filter((r) => r.unit !== unit && r.total_x100 > total).length;
  return { mean, total, rank, communities: others.length + 1 };
}

test('assessment: a community scores a unit, its total and rank move exactly as computed by hand; reload keeps it; 150 refused', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, errors } = await openApp(context);
  await saved(page);

  // Every change is stamped with the operator.
  await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.operator');
  await page.keyboard.insertText('李华');
  await until(page, 'the operator typed', (x) => x.operator === '李华');

  await clickWidget(page, 'nav.assessment');
  let s = await until(page, 'the assessment', (x) => x.assessment.years && x.assessment.years.length > 0);
  assert.equal(s.assessment.year, s.assessment.years[0], 'the latest year with records is shown first');
  assert.ok(s.assessment.years.includes(2023));
  await saveScreenshot(page, 'assessment-ranking-zh.png');

  // The 2023 assessment: the communities scored their paired units then.
  await clickWidget(page, 'assess.year');
  await clickWidget(page, 'assess.year.2023');
  s = await until(page, 'year 2023', (x) => x.assessment.year === 2023);
  const weights = s.assessment.weights;
  assert.equal(Object.values(weights).reduce((a, b) => a + b, 0), 100);
  // Each ranked total is sum(weight * score) of its aspects.
  for (const r of s.assessment.ranked)
    assert.equal(r.total_x100, Object.entries(r.scores).reduce((t, [a, v]) => t + weights[a] * v, 0), r.unit);

  // A ranked unit whose participation two communities scored, and one of those communities.
  const target = s.assessment.ranked.find((r) => r.communities.participation >= 2);
  assert.ok(target, 'a unit scored by two communities');
  const unit = target.unit;
  let docs = await storedDocs(page);
  const scorers = [...latestByCommunity(docs, unit, 2023).entries()]
    .filter(([, d]) => d.scores && 'participation' in d.scores).map(([c]) => c).sort((a, b) => idNumber(a) - idNumber(b));
  assert.ok(scorers.length >= 2);
  const community = scorers[0];
  const before = latestByCommunity(docs, unit, 2023).get(community);

  await clickWidget(page, 'assess.view.matrix');
  await clickWidget(page, 'assess.matrix.community');
  await clickWidget(page, `assess.matrix.community.${community}`);
  await until(page, 'the community chosen', (x) => x.assessment.community === community);
  await saveScreenshot(page, 'assessment-matrix-zh.png');

  // Step 1: participation 40 (the mean with the other community's score), saved with Enter.
  const one = expected(s, docs, unit, 2023, community, 'participation', 40);
  await typeInto(page, `assess.matrix.cell.${unit}.participation`, '40');
  await pressKey(page, 'Enter');
  await saved(page);
  s = await until(page, 'the first save', (x) => x.assessment.saved.unit === unit && x.assessment.saved.total_x100 === one.total);
  let row = s.assessment.ranked.find((r) => r.unit === unit);
  assert.deepEqual([row.scores.participation, row.sources.participation, row.communities.participation],
    [one.mean, 'communities', one.communities]);
  assert.deepEqual([row.total_x100, row.rank], [one.total, one.rank]);
  assert.deepEqual([s.assessment.saved.before_total, s.assessment.saved.before_rank], [target.total_x100, target.rank]);

  // Step 2: projects completed, which no community had scored: the score that moves the rank.
  docs = await storedDocs(page);
  const candidates = [0, 100].map((v) => ({ v, ...expected(s, docs, unit, 2023, community, 'projects_completed', v) }));
  const two = candidates.find((c) => c.rank !== row.rank);
  assert.ok(two, `a score of 0 or 100 moves the rank of ${unit}: ${JSON.stringify(candidates)}`);
  assert.equal(two.mean, two.v);  // this community alone: its own score counts
  await typeInto(page, `assess.matrix.cell.${unit}.projects_completed`, String(two.v));
  await clickWidget(page, `assess.matrix.save.${unit}`);
  await saved(page);
  s = await until(page, 'the second save', (x) => x.assessment.saved.total_x100 === two.total);
  row = s.assessment.ranked.find((r) => r.unit === unit);
  assert.deepEqual([row.total_x100, row.rank, row.sources.projects_completed], [two.total, two.rank, 'communities']);
  assert.notEqual(row.rank, target.rank);

  // A score out of range is refused, naming the aspect; nothing is stored.
  await typeInto(page, `assess.matrix.cell.${unit}.funds`, '150');
  await waitFrames(page, 2);
  s = await state(page);
  assert.ok(s.assessment.cellErrors[unit]?.funds?.includes('资金投入'), JSON.stringify(s.assessment.cellErrors));
  await clickWidget(page, `assess.matrix.save.${unit}`);
  s = await until(page, 'the refusal', (x) => x.assessment.refusal !== '');
  assert.equal(s.assessment.refusal, 'report.assessment.score.range');
  assert.equal(s.assessment.message, '“资金投入”的评分须在 0 到 100 之间，当前为 150');
  await saveScreenshot(page, 'assessment-refusal-zh.png');

  // The stored record: the same one updated twice, its history kept, no 150 anywhere.
  docs = await storedDocs(page);
  const stored = latestByCommunity(docs, unit, 2023).get(community);
  assert.equal(stored._id, before._id);
  assert.equal(stored.rev, before.rev + 2);
  assert.deepEqual(stored.scores, { ...before.scores, participation: 40, projects_completed: two.v });
  assert.equal(stored.history.length, before.history.length + 2);
  assert.deepEqual(stored.history.at(-1).by, '李华');

  // Reload: the same totals and ranks from the stored records.
  await page.reload();
  await waitReady(page);
  await clickWidget(page, 'nav.assessment');
  await clickWidget(page, 'assess.year');
  await clickWidget(page, 'assess.year.2023');
  s = await until(page, 'year 2023 after reload', (x) => x.assessment.year === 2023);
  row = s.assessment.ranked.find((r) => r.unit === unit);
  assert.deepEqual([row.total_x100, row.rank, row.scores.participation, row.scores.projects_completed],
    [two.total, two.rank, one.mean, two.v]);
  assert.deepEqual(errors, []);
  await context.close();
});
