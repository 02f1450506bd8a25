// The kiosk in the community centre (issue 9), in Chromium at 1920x1080 and 1080x1920, with real mouse and
// keyboard events: the office app publishes the public snapshot into the kiosk's own database; the kiosk page
// (?kiosk=1) shows every panel, rotates them on the timer, returns to the first after the idle time, takes one
// rating per project per session into its outbox, and lets staff leave only with the PIN set in Settings —
// after which the office app syncs the rating into the working data's Feedback. Everything the kiosk page
// loads (network responses), stores (its IndexedDB) and caches for offline use (Cache Storage, in a browser
// that only ever ran the kiosk) is scanned for residents' names and phone numbers.
// The timers are shortened through the address (?kioskRotate=S&kioskIdle=S) so the test does not wait 60 s.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitReady, clickWidget, waitFrames, pressKey, storedDocs, saveScreenshot, appState,
         until as sharedUntil, baseUrl } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PIN = '2468';
// A mainland mobile number stands alone: 11 digits not inside a longer run (2^53 = 9007199254740992 holds
// "19925474099", and it is in every Emscripten build).
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const state = appState;
const until = (page, what, check, timeout) => sharedUntil(page, what, check, timeout, (s) => s.kioskView ?? s);

// The kiosk's own database, read by the test: {snapshot, pin, outbox} texts.
const kioskDocs = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('gongjian-kiosk');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const out = {};
    const tx = db.transaction('kiosk');
    const cursor = tx.objectStore('kiosk').openCursor();
    cursor.onsuccess = () => { const c = cursor.result; if (c) { out[c.key] = c.value; c.continue(); } };
    tx.oncomplete = () => { db.close(); resolve(out); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  };
}));

async function typeDigits(page, widget, digits) {
  await clickWidget(page, widget);
  for (const d of digits) await pressKey(page, d);
}

// Residents' personal information in the working data, read in the office app (never by the kiosk).
async function residentsOf(page) {
  const docs = await storedDocs(page);
  const names = new Set(), phones = new Set(), addresses = new Set();
  for (const d of docs) {
    if (d.reporter?.name) names.add(d.reporter.name);
    if (d.reporter?.phone) phones.add(d.reporter.phone);
    if (d.reporter?.address) addresses.add(d.reporter.address);
    if (d._id?.startsWith('volunteer/') && d.phone) phones.add(d.phone);
  }
  return { names: [...names], phones: [...phones], addresses: [...addresses] };
}

function scanFor(text, people, where) {
  const found = [];
  for (const n of [...people.names, ...people.phones, ...people.addresses]) if (text.includes(n)) found.push(n);
  const phone = PHONE.exec(text);
  assert.deepEqual(found, [], `${where} holds residents' personal information`);
  assert.equal(phone, null, `${where} holds a phone number: ${phone?.[0]}`);
}

// Opens the kiosk page, recording every network response and every IndexedDB database it opens.
async function openKiosk(context, query, viewport) {
  const page = await context.newPage({ viewport });
  const responses = [];
  page.on('response', async (r) => {
    try { responses.push({ url: r.url(), body: await r.body() }); } catch { /* redirects have no body */ }
  });
  await page.addInitScript(() => {
    const open = indexedDB.open.bind(indexedDB);
    window.__opened = [];
    indexedDB.open = (name, version) => { window.__opened.push(name); return open(name, version); };
  });
  await page.goto(new URL('?' + query, baseUrl).toString());
  await waitReady(page);
  return { page, responses };
}

const PANELS = ['figures', 'projects', 'activities', 'honours', 'featured', 'solved', 'rate'];

for (const [orientation, viewport] of [['landscape', { width: 1920, height: 1080 }], ['portrait', { width: 1080, height: 1920 }]]) {
  test(`kiosk ${orientation}: panels, rotation, idle reset, one-tap rating synced as Feedback, PIN to leave, nothing personal`, async () => {
    const context = await browser.newContext({ viewport });

    // The office app: publishes the snapshot for the kiosk and sets the PIN in Settings.
    const office = await openApp(context, '?lang=zh', { width: 1280, height: 800 });
    await until(office.page, 'saved', (s) => s.save === 'saved' && s.unsaved === 0);
    await until(office.page, 'snapshot published', (s) => s.kioskSync?.publishes >= 1);
    const people = await residentsOf(office.page);
    assert.ok(people.names.length > 100 && people.phones.length > 100, 'the demo has residents to leak');
    await clickWidget(office.page, 'nav.settings');
    await clickWidget(office.page, 'settings.section.kiosk');
    await typeDigits(office.page, 'settings.kiosk_pin.input', PIN);
    await typeDigits(office.page, 'settings.kiosk_pin.confirm', PIN);
    await clickWidget(office.page, 'settings.kiosk_pin.save');
    await until(office.page, 'PIN saved', (s) => s.save === 'saved' && s.unsaved === 0);
    const settingsDoc = (await storedDocs(office.page)).find((d) => d.pin_hash) ?? null;
    let pinDoc = '';
    for (let i = 0; i < 50 && !pinDoc.includes('pin_hash'); ++i) {
      await office.page.waitForTimeout(100);
      pinDoc = (await kioskDocs(office.page)).pin ?? '';
    }
    assert.match(pinDoc, /"pin_hash":"[0-9a-f]{64}"/);
    assert.ok(!pinDoc.includes(PIN), 'only the salted hash is stored');
    assert.ok(settingsDoc === null || !JSON.stringify(settingsDoc).includes(`"${PIN}"`));
    const snapshot = JSON.parse((await kioskDocs(office.page)).snapshot);
    assert.equal(snapshot.figures.projects_claimed, 49);
    assert.equal(snapshot.figures.funds_fen, 154100000);
    await office.page.close();

    // The kiosk: every panel by tapping its dot, with a screenshot in each language.
    for (const lang of ['zh', 'en']) {
      const { page } = await openKiosk(context, `kiosk=1&lang=${lang}&kioskRotate=600&kioskIdle=600`, viewport);
      let s = await state(page);
      assert.equal(s.kiosk, true);
      assert.equal(s.kioskView.snapshot, true);
      assert.equal(s.kioskView.portrait, orientation === 'portrait');
      assert.equal(s.missingGlyphs, 0);
      for (const panel of PANELS) {
        await clickWidget(page, `kiosk.dot.${panel}`);
        s = await until(page, `panel ${panel}`, (x) => x.kioskView.panel === panel);
        await waitFrames(page, 3);
        await saveScreenshot(page, `kiosk-${panel}-${orientation}-${lang}.png`);
      }
      await clickWidget(page, 'kiosk.exit');
      await until(page, 'exit dialog', (x) => x.kioskView.exitOpen);
      await saveScreenshot(page, `kiosk-exit-${orientation}-${lang}.png`);
      await page.close();
    }

    // Rotation on the timer, and back to the first panel when idle.
    {
      const { page } = await openKiosk(context, 'kiosk=1&kioskRotate=1.5&kioskIdle=600', viewport);
      // On a busy machine the first 1.5 s may be over by the time the page is ready: the panel shown is the
      // one as many steps after the first as the kiosk has rotated.
      const first = await state(page);
      assert.equal(first.kioskView.panel, PANELS[first.kioskView.rotations]);
      const s = await until(page, 'two rotations', (x) => x.kioskView.rotations >= 2, 20000);
      assert.ok(['activities', 'honours'].includes(s.kioskView.panel), `rotated to ${s.kioskView.panel}`);
      await page.close();
    }

    const { page, responses } = await openKiosk(context, 'kiosk=1&lang=zh&kioskRotate=600&kioskIdle=4', viewport);
    await clickWidget(page, 'kiosk.next');
    await clickWidget(page, 'kiosk.next');
    let s = await until(page, 'third panel', (x) => x.kioskView.panel === 'activities');
    assert.equal(s.kioskView.idleResets, 0);
    s = await until(page, 'idle reset', (x) => x.kioskView.idleResets === 1, 15000);
    assert.equal(s.kioskView.panel, 'figures');

    // The rating part runs with the normal 60 s idle: a 4 s one could end the tap session (and clear what was
    // rated in it) while a screenshot of the thank-you is being written on a busy machine.
    await page.goto(new URL('?kiosk=1&lang=zh&kioskRotate=600&kioskIdle=60', baseUrl).toString());
    await waitReady(page);

    // One tap rates; a second tap on the same project in the same session is not taken.
    await clickWidget(page, 'kiosk.rate');
    await until(page, 'rating panel', (x) => x.kioskView.panel === 'rate');
    await clickWidget(page, 'kiosk.rate.target.0');
    s = await state(page);
    const target = s.kioskView.rateTarget;
    assert.ok(target, 'a target is picked');
    await clickWidget(page, 'kiosk.rate.satisfied');
    s = await until(page, 'rating stored', (x) => x.kioskView.ratingsStored === 1);
    assert.equal(s.kioskView.thanks, true);
    await saveScreenshot(page, `kiosk-thanks-${orientation}-zh.png`);
    await page.waitForTimeout(2500);
    await clickWidget(page, 'kiosk.rate.satisfied');
    await clickWidget(page, 'kiosk.rate.unsatisfied');
    s = await state(page);
    assert.equal(s.kioskView.ratingsStored, 1);
    assert.deepEqual(s.kioskView.rated, [target]);
    let outbox = { ratings: [] };
    for (let i = 0; i < 50 && outbox.ratings.length === 0; ++i) {
      await page.waitForTimeout(100);
      outbox = JSON.parse((await kioskDocs(page)).outbox ?? '{"ratings":[]}');
    }
    assert.equal(outbox.ratings.length, 1);
    assert.equal(outbox.ratings[0].target, target);
    assert.equal(outbox.ratings[0].rating, 'satisfied');
    const tapTime = outbox.ratings[0].at;

    // Nothing personal anywhere the kiosk page reached: responses, its database, its screen state.
    const opened = await page.evaluate(() => window.__opened);
    assert.ok(!opened.includes('gongjian'), `the kiosk opened the working data: ${opened}`);
    assert.ok(opened.includes('gongjian-kiosk'));
    assert.ok(responses.length >= 3, `responses seen: ${responses.map((r) => r.url)}`);
    for (const r of responses) {
      scanFor(r.body.toString('utf8'), people, r.url);
      assert.equal(PHONE.exec(r.body.toString('latin1')), null, `${r.url} holds a phone number`);
    }
    const kioskStore = await kioskDocs(page);
    for (const [key, text] of Object.entries(kioskStore)) scanFor(String(text), people, `kiosk IndexedDB ${key}`);
    scanFor(JSON.stringify(await state(page)), people, 'kiosk state');

    // Leaving: a wrong PIN keeps the kiosk; the right one opens the office app, which syncs the rating.
    await clickWidget(page, 'kiosk.exit');
    await until(page, 'exit dialog', (x) => x.kioskView.exitOpen);
    for (const d of '1111') await clickWidget(page, `kiosk.key.${d}`);
    await until(page, 'four digits typed', (x) => x.kioskView.pinDigits === 4);
    await clickWidget(page, 'kiosk.key.ok');
    s = await until(page, 'wrong PIN', (x) => x.kioskView.exitMessage === 'kiosk.exit.wrong');
    assert.equal(s.kiosk, true);
    await saveScreenshot(page, `kiosk-wrong-pin-${orientation}-zh.png`);
    for (const d of PIN) await clickWidget(page, `kiosk.key.${d}`);
    await page.mouse.move(10, 10);
    const navigation = page.waitForURL((url) => !url.search.includes('kiosk'), { timeout: 30000 });
    await clickWidget(page, 'kiosk.key.ok').catch(() => {});  // the page navigates away during the click
    await navigation;
    await waitReady(page);
    s = await until(page, 'office app synced the rating', (x) => !x.kiosk && x.save === 'saved' && x.kioskSync.synced >= 1);
    const feedback = (await storedDocs(page)).filter((d) => d._id?.startsWith('feedback/') && d.kiosk_tap);
    const mine = feedback.filter((d) => d.target === target && d.at === tapTime);
    assert.equal(mine.length, 1, JSON.stringify(feedback));
    assert.equal(mine[0].channel, 'kiosk');
    assert.equal(mine[0].rating, 'satisfied');
    // Once stored, the tap is acknowledged to the kiosk ("synced"), which drops it from its outbox next time.
    let synced = '';
    for (let i = 0; i < 100 && !synced.includes(mine[0].kiosk_tap); ++i) {
      await page.waitForTimeout(100);
      synced = (await kioskDocs(page)).synced ?? '';
    }
    assert.deepEqual(JSON.parse(synced).taps, [mine[0].kiosk_tap]);
    // Syncing again (a reload) adds nothing.
    await page.reload();
    await waitReady(page);
    await until(page, 'saved', (x) => x.save === 'saved');
    await page.waitForTimeout(2500);
    const again = (await storedDocs(page)).filter((d) => d._id?.startsWith('feedback/') && d.kiosk_tap === mine[0].kiosk_tap);
    assert.equal(again.length, 1);
    await context.close();
  });
}

// A kiosk machine's browser only ever opens ?kiosk=1: whatever the service worker caches there for offline
// starts is the app and its public files, never the demo package with the residents' records.
test('a browser that only runs the kiosk caches nothing personal for offline use', async () => {
  const office = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const people = await residentsOf((await openApp(office, '?lang=zh')).page);
  await office.close();

  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const { page, responses } = await openKiosk(context, 'kiosk=1&lang=zh', { width: 1920, height: 1080 });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const cached = await page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const body = new Uint8Array(await (await cache.match(request)).arrayBuffer());
        let latin1 = '';
        for (let i = 0; i < body.length; i += 8192) latin1 += String.fromCharCode(...body.subarray(i, i + 8192));
        out.push({ url: new URL(request.url).pathname, utf8: new TextDecoder().decode(body), latin1 });
      }
    }
    return out;
  });
  const paths = cached.map((c) => c.url).sort();
  assert.ok(paths.includes('/gongjian.wasm') && paths.includes('/index.html'), `cached: ${paths}`);
  assert.ok(!paths.some((p) => p.startsWith('/demo')), `the kiosk cached the demo package: ${paths}`);
  assert.ok(!responses.some((r) => new URL(r.url).pathname.startsWith('/demo')), 'the kiosk page fetched the demo package');
  for (const c of cached) {
    scanFor(c.utf8, people, `cache ${c.url}`);
    assert.equal(PHONE.exec(c.latin1), null, `cache ${c.url} holds a phone number`);
  }
  await context.close();
});
