// The browser figures of the app benchmark (tests/bench/app.sh): headless Chromium (playwright-core, as the
// e2e tests) against build/web-release/site served by a small static server of its own. Each round starts
// from a fresh Chromium profile (IndexedDB on disk, so strict durability really waits for the disk):
//   first visit with the demo data (what it downloads; navigation -> first interactive frame), reload,
//   the district bundle imported through Settings (the app's own import: file picker, preview, confirm),
//   reload with the district data in IndexedDB (start; IndexedDB load), 20 edits (Settings' language
//   buttons: one transaction each, timed from the mouse-up to the transaction's completion),
//   every screen's frame CPU time with the district data, the wasm heap.
// Prints min/median/max over the rounds and writes every sample as JSON.
//   node tests/bench/app_bench.mjs SITE_DIR DISTRICT_BUNDLE OUT_JSON [ROUNDS]
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchProfile, waitReady, waitFrames, clickWidget, pressKey, scrollIntoView } from '../e2e/browser.mjs';

const [siteDir, bundlePath, outPath, roundsArg] = process.argv.slice(2);
let rounds = Number(roundsArg || 5);
// No new round starts after this many seconds (app.sh must finish within 10 minutes on a loaded machine).
const budgetSeconds = Number(process.env.BENCH_BUDGET_S || 420);
const screens = ['dashboard', 'needs', 'resources', 'units', 'matching', 'projects', 'volunteers', 'activities',
  'meetings', 'assessment', 'settings'];
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ttf': 'font/ttf' };

function serve(siteDir) {
  const dir = path.resolve(siteDir);
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, name);
    if (!file.startsWith(path.resolve(dir)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const state = (page) => page.evaluate(() => window.gongjian.state());
const timings = (page) => page.evaluate(() => window.gongjian.timings());
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const pct = (xs, p) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(p * xs.length) - 1)];
const mmm = (xs) => (xs.length ? `${Math.min(...xs).toFixed(1)}/${median(xs).toFixed(1)}/${Math.max(...xs).toFixed(1)}` : 'n/a');

// The time of the last mouse-up or key-up the page saw (event.timeStamp: the same clock as performance.now()).
async function watchInput(page) {
  await page.evaluate(() => {
    const mark = (e) => { window.__benchInputAt = e.timeStamp; };
    window.addEventListener('mouseup', mark, true);
    window.addEventListener('keyup', mark, true);
  });
}

// clickWidget with long waits: the frame that takes a 65k-record import can outlast browser.mjs's 30 s.
async function frameAfter(page, n, timeout = 300000) {
  const start = await page.evaluate(() => window.gongjian.state().frame);
  await page.waitForFunction((t) => window.gongjian.state().frame >= t, start + n, { timeout, polling: 100 });
}
async function clickLong(page, name) {
  const r = await scrollIntoView(page, name);  // below a long preview the button is out of sight
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await frameAfter(page, 1);
  await page.mouse.down();
  await frameAfter(page, 1);
  await page.mouse.up();
  await frameAfter(page, 2);
}

async function waitSaved(page, commitsBefore, timeout = 120000) {
  try {
    await page.waitForFunction((n) => window.gongjian.timings().idb.commits.length > n && window.gongjian.state().save === 'saved',
      commitsBefore, { timeout, polling: 50 });
  } catch (e) {
    const s = await page.evaluate(() => {
      const st = window.gongjian.state();
      return { save: st.save, unsaved: st.unsaved, records: st.records, error: st.error, transfer: st.transfer,
               commits: window.gongjian.timings().idb.commits.slice(-3) };
    });
    throw new Error(`not saved within ${timeout} ms: ${JSON.stringify(s).slice(0, 1500)}`);
  }
  const t = await timings(page);
  const commit = t.idb.commits[t.idb.commits.length - 1];
  const inputAt = await page.evaluate(() => window.__benchInputAt);
  return { fromInput: commit.done - inputAt, commit: commit.done - commit.start, puts: commit.puts, status: commit.status };
}

async function round(baseUrl, index) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongjian-bench-'));
  const context = await launchProfile(dir, { width: 1280, height: 800 });
  const r = { round: index };
  try {
    const page = context.pages()[0] || await context.newPage();
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    const fetched = [];
    page.on('response', (res) => fetched.push(new URL(res.url()).pathname));

    // First visit, demo data seeded into an empty IndexedDB.
    await page.goto(baseUrl);
    await waitReady(page);
    r.startDemoFirstVisitMs = await page.evaluate(() => window.gongjian.readyAt);
    r.firstVisitFiles = [...new Set(fetched)].sort();
    await page.reload();
    await waitReady(page);
    r.startDemoReloadMs = await page.evaluate(() => window.gongjian.readyAt);
    r.demoHeapBytes = (await page.evaluate(() => window.gongjian.heap())).heapBytes;

    // The district bundle through Settings' import (operator name first: imports record who did them).
    await watchInput(page);
    await clickWidget(page, 'nav.settings');
    let before = (await timings(page)).idb.commits.length;
    await clickWidget(page, 'settings.operator');
    await page.keyboard.insertText('基准测试');
    await waitFrames(page, 2);
    await pressKey(page, 'Enter');
    await waitSaved(page, before);
    const demoRecords = (await state(page)).records;
    const frame0 = (await state(page)).frame;
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 60000 }), clickWidget(page, 'transfer.import.bundle')]);
    const pickAt = await page.evaluate(() => performance.now());
    await chooser.setFiles(bundlePath);
    await page.waitForFunction((f) => { const s = window.gongjian.state(); return s.frame > f && s.transfer.preview; }, frame0,
      { timeout: 180000, polling: 100 });
    r.importPreviewMs = (await page.evaluate(() => performance.now())) - pickAt;
    const preview = (await state(page)).transfer;
    r.importPreview = { added: preview.added, updated: preview.updated, problems: preview.problems, canConfirm: preview.canConfirm };
    before = (await timings(page)).idb.commits.length;
    await clickLong(page, 'transfer.confirm');
    const imported = await waitSaved(page, before, 300000);
    r.importMs = imported.fromInput;
    r.importCommitMs = imported.commit;
    r.importPuts = imported.puts;
    r.records = (await state(page)).records;
    r.importedRecords = r.records - demoRecords;

    // Start with the district data in IndexedDB, and its load.
    await page.reload();
    await waitReady(page);
    r.startDistrictMs = await page.evaluate(() => window.gongjian.readyAt);
    const load = (await timings(page)).idb.load;
    r.loadMs = load.done - load.start;
    r.loadIdbReadMs = load.read - load.start;
    r.loadDocs = load.docs;

    // 20 edits: Settings' language buttons, alternately (each stores settings/ui in one transaction).
    await watchInput(page);
    await clickWidget(page, 'nav.settings');
    r.editMs = [];
    r.editCommitMs = [];
    for (let i = 0; i < 20; ++i) {
      before = (await timings(page)).idb.commits.length;
      await clickWidget(page, i % 2 ? 'settings.lang.zh' : 'settings.lang.en');
      const e = await waitSaved(page, before);
      r.editMs.push(e.fromInput);
      r.editCommitMs.push(e.commit);
    }

    // Frame CPU time of every screen offered, with the district data.
    r.frames = {};
    for (const id of screens) {
      if (!(await page.evaluate((n) => window.gongjian.rect(n), 'nav.' + id))) continue;
      await clickWidget(page, 'nav.' + id);
      await frameAfter(page, 3);
      const ui = await page.evaluate(() => window.gongjian.benchFrames(10));
      await frameAfter(page, 6);
      const loop = (await timings(page)).frames.slice(-5);
      r.frames[id] = { uiMedian: median(ui), uiMax: Math.max(...ui), loopMedian: median(loop) };
    }
    r.heap = await page.evaluate(() => window.gongjian.heap());
    r.consoleErrors = consoleErrors;
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return r;
}

function gzipSizes(files) {
  return files.map((f) => {
    const name = f.replace(/^\/+/, '') || 'index.html';
    const file = path.join(siteDir, name);
    if (!fs.existsSync(file)) return { file: name, bytes: 0, gzip: 0 };
    const bytes = fs.readFileSync(file);
    return { file: name, bytes: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

const server = await serve(siteDir);
const baseUrl = `http://127.0.0.1:${server.address().port}/`;
const results = [];
const began = Date.now();
try {
  for (let i = 0; i < rounds; ++i) {
    if (i > 0 && (Date.now() - began) / 1000 > budgetSeconds) {
      console.log(`  time budget of ${budgetSeconds} s used up: ${i} of ${rounds} rounds done`);
      rounds = i;
      break;
    }
    const t0 = Date.now();
    results.push(await round(baseUrl, i + 1));
    console.log(`  round ${i + 1}/${rounds} done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
} finally {
  server.close();
}

const first = results[0];
const download = gzipSizes(first.firstVisitFiles);
const fallback = gzipSizes(['/ui-fallback.ttf'])[0];
const col = (k) => results.map((r) => r[k]);
const edits = results.flatMap((r) => r.editMs);
const summary = {
  rounds,
  download: { files: download, totalGzip: download.reduce((a, f) => a + f.gzip, 0), fallbackFont: fallback,
              fallbackFetchedOnFirstVisit: first.firstVisitFiles.includes('/ui-fallback.ttf') },
  startDemoFirstVisitMs: col('startDemoFirstVisitMs'), startDemoReloadMs: col('startDemoReloadMs'),
  startDistrictMs: col('startDistrictMs'), loadMs: col('loadMs'), loadIdbReadMs: col('loadIdbReadMs'),
  importMs: col('importMs'), importCommitMs: col('importCommitMs'), importPreviewMs: col('importPreviewMs'),
  editP50: results.map((r) => pct(r.editMs, 0.5)), editP95: results.map((r) => pct(r.editMs, 0.95)),
  editAllP50: pct(edits, 0.5), editAllP95: pct(edits, 0.95), editCommitP95: pct(results.flatMap((r) => r.editCommitMs), 0.95),
  heapBytes: results.map((r) => r.heap.heapBytes), mallocInUse: results.map((r) => r.heap.mallocInUse),
  demoHeapBytes: col('demoHeapBytes'),
  records: first.records, importedRecords: first.importedRecords, importPreview: first.importPreview, loadDocs: first.loadDocs,
  consoleErrors: results.flatMap((r) => r.consoleErrors),
};
fs.writeFileSync(outPath, JSON.stringify({ summary, results }, null, 1));

const MB = (b) => (b / 1048576).toFixed(2);
const ok = (cond) => (cond ? 'met' : 'MISSED');
console.log('== download (first visit, gzip -9)');
for (const f of download) console.log(`  ${f.file.padEnd(22)} ${String(f.bytes).padStart(9)} B  gzip ${String(f.gzip).padStart(9)} B`);
console.log(`  total gzip ${MB(summary.download.totalGzip)} MiB (target <= 3 MB: ${ok(summary.download.totalGzip <= 3e6)}); ` +
  `fallback font ui-fallback.ttf ${fallback.bytes} B, gzip ${fallback.gzip} B, fetched on first visit: ${summary.download.fallbackFetchedOnFirstVisit}`);
console.log(`== start, navigation -> first interactive frame, ms (min/median/max over ${rounds} rounds)`);
console.log(`  demo data, first visit (empty profile: download, compile, seed): ${mmm(summary.startDemoFirstVisitMs)} (target 1500: ${ok(median(summary.startDemoFirstVisitMs) <= 1500)})`);
console.log(`  demo data, reload: ${mmm(summary.startDemoReloadMs)} (target 1500: ${ok(median(summary.startDemoReloadMs) <= 1500)})`);
console.log(`  district data (${summary.loadDocs} documents in IndexedDB): ${mmm(summary.startDistrictMs)} (target 3000: ${ok(median(summary.startDistrictMs) <= 3000)})`);
console.log('== storage, ms');
console.log(`  load district from IndexedDB (read + into the dataset): ${mmm(summary.loadMs)}, of which IndexedDB read ${mmm(summary.loadIdbReadMs)} (target 1000: ${ok(median(summary.loadMs) <= 1000)})`);
console.log(`  one edit, mouse-up -> transaction complete: p50 per round ${mmm(summary.editP50)}, p95 per round ${mmm(summary.editP95)}; ` +
  `all ${edits.length} edits p50 ${summary.editAllP50.toFixed(1)} p95 ${summary.editAllP95.toFixed(1)} (target p95 <= 20: ${ok(summary.editAllP95 <= 20)}); transaction alone p95 ${summary.editCommitP95.toFixed(1)}`);
console.log(`  import district bundle (${summary.importedRecords} records), confirm click -> transaction complete: ${mmm(summary.importMs)} ` +
  `(target 5000: ${ok(median(summary.importMs) <= 5000)}); the transaction alone ${mmm(summary.importCommitMs)}; file pick -> preview ${mmm(summary.importPreviewMs)}`);
console.log('== UI frame CPU time with the district data, ms: App::frame (NewFrame+frame+Render) median per round, min/median/max; main-loop iteration median');
for (const id of screens) {
  const ui = results.map((r) => r.frames[id]?.uiMedian).filter((x) => x !== undefined);
  const loop = results.map((r) => r.frames[id]?.loopMedian).filter((x) => x !== undefined);
  if (!ui.length) { console.log(`  ${id.padEnd(11)} not offered`); continue; }
  console.log(`  ${id.padEnd(11)} ${mmm(ui)}  loop ${mmm(loop)}  (target < 8: ${ok(median(ui) < 8)})`);
}
console.log('== memory');
console.log(`  wasm heap (HEAP8.length, only grows: the peak) with the district data: ${summary.heapBytes.map(MB).join(', ')} MiB ` +
  `(target < 256: ${ok(Math.max(...summary.heapBytes) < 256 * 1048576)}); malloc in use ${summary.mallocInUse.map(MB).join(', ')} MiB; demo data only ${summary.demoHeapBytes.map(MB).join(', ')} MiB`);
console.log(`  console errors: ${summary.consoleErrors.length}${summary.consoleErrors.length ? ' — ' + summary.consoleErrors.slice(0, 3).join(' | ') : ''}`);
