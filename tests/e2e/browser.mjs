// Shared set-up of the browser tests: Debian's Chromium driven by playwright-core, headless, with
// software WebGL and no background networking (the machine has no network beyond its registries).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const baseUrl = process.env.GONGJIAN_URL || 'http://127.0.0.1:8080/';
export const screenshotDir = process.env.GONGJIAN_SCREENSHOTS || 'build/web-release/screenshots';

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader', '--use-angle=swiftshader'];

export async function launch(extraFlags = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: [...flags, ...extraFlags] });
}

// Opens the app and waits until it reports ready (stored data loaded, first frames drawn with the font).
// `browser` may also be a BrowserContext (its pages share storage, service workers and Web Locks).
export async function openApp(browser, query = '', viewport = { width: 1280, height: 800 }, url = baseUrl) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url + query);
  await waitReady(page);
  return { page, errors };
}

// Waits until the page (after a goto or reload) reports ready.
export async function waitReady(page) {
  await page.waitForFunction(() => window.gongjian && document.body.classList.contains('gongjian-ready'), null, { timeout: 90000 });
  await waitFrames(page, 2);
}

// Chromium with its own, kept profile folder: closing and launching again on the same folder is a
// browser restart with the same stored data.
export async function launchProfile(userDataDir, viewport = { width: 1280, height: 800 }) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: flags, viewport });
}

// Waits until the app has drawn n more frames, so a click or a key has been seen and drawn.
export async function waitFrames(page, n = 3) {
  const start = await page.evaluate(() => window.gongjian.state().frame);
  await page.waitForFunction((target) => window.gongjian.state().frame >= target, start + n, { timeout: 30000 });
}

// Presses a key with a frame between down and up: Dear ImGui 1.86 polls key state once per frame, so a
// press that begins and ends between two frames (a busy machine) would go unseen.
export async function pressKey(page, key, modifier) {
  if (modifier) await page.keyboard.down(modifier);
  await page.keyboard.down(key);
  await waitFrames(page, 1);
  await page.keyboard.up(key);
  if (modifier) await page.keyboard.up(modifier);
  await waitFrames(page, 1);
}

// Scrolls with the mouse wheel, as a user would, until the named widget lies inside the window (a form
// taller than its panel has its buttons below the fold). Returns its rectangle.
export async function scrollIntoView(page, name) {
  const { height } = page.viewportSize();
  for (let i = 0; ; ++i) {
    const r = await page.evaluate((n) => window.gongjian.rect(n), name);
    if (!r) throw new Error(`widget ${name} is not on screen`);
    // Inside the page and inside the panel it was drawn in (a scrolled panel clips it).
    const top = Math.max(56, r.clipTop ?? 0), bottom = Math.min(height - 4, r.clipBottom ?? height);
    const below = r.y + r.height > bottom, above = r.y < top;
    if ((!below && !above) || i === 40) return r;
    await page.mouse.move(r.x + Math.min(r.width / 2, 40), Math.min(Math.max(r.y, top + 20), bottom - 20));
    await page.mouse.wheel(0, below ? 120 : -120);
    await waitFrames(page, 2);
  }
}

// Clicks the centre of a named ImGui widget with a real mouse event (scrolled into view first).
export async function clickWidget(page, name) {
  const r = await scrollIntoView(page, name);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await waitFrames(page, 1);
  await page.mouse.down();
  await waitFrames(page, 1);
  await page.mouse.up();
  await waitFrames(page, 2);
  return r;
}

export async function saveScreenshot(page, name, clip) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, name);
  const png = await page.screenshot({ path: file, clip });
  return { file, png };
}

// Colour statistics of a PNG, decoded by the page itself: distinct colours and the share of pixels
// that differ clearly from the top-left pixel (ink on the background).
export async function pngStats(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    let ink = 0;
    const [r0, g0, b0] = [d[0], d[1], d[2]];
    for (let i = 0; i < d.length; i += 4) {
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (Math.abs(d[i] - r0) + Math.abs(d[i + 1] - g0) + Math.abs(d[i + 2] - b0) > 120) ink++;
    }
    return { width: c.width, height: c.height, colours: colours.size, inkShare: ink / (d.length / 4) };
  }, png.toString('base64'));
}

// One stored entry of the app's IndexedDB ({text, rev}, or null), read by the test itself.
export async function storedEntry(page, key) {
  return page.evaluate((k) => new Promise((resolve, reject) => {
    const open = indexedDB.open('gongjian');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const get = db.transaction('docs').objectStore('docs').get(k);
      get.onsuccess = () => { db.close(); resolve(get.result ?? null); };
      get.onerror = () => { db.close(); reject(get.error); };
    };
  }), key);
}

// Every stored document of the app's IndexedDB, parsed.
export async function storedDocs(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('gongjian');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('docs').objectStore('docs').getAll();
      all.onsuccess = () => { db.close(); resolve(all.result.map((e) => JSON.parse(e.text))); };
      all.onerror = () => { db.close(); reject(all.error); };
    };
  }));
}

// The app's state (window.gongjian.state()).
export const appState = (page) => page.evaluate(() => window.gongjian.state());

// Waits, frame by frame, until check(state) holds; on timeout says what was awaited and shows the state
// (or the part of it `detail` picks).
export async function until(page, what, check, timeout = 30000, detail = (s) => s) {
  const end = Date.now() + timeout;
  for (;;) {
    const s = await appState(page);
    if (check(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(detail(s)).slice(0, 800)}`);
    await waitFrames(page, 1);
  }
}

// Until every action is stored.
export const waitSaved = (page) => until(page, 'saved', (s) => s.save === 'saved' && s.unsaved === 0);

// Replaces a field's content the way a user does: click, select all, delete, type; then Tab leaves the field
// so ImGui applies the value (leave = false keeps the focus, e.g. to finish with Enter).
export async function typeInto(page, widget, text, { leave = true } = {}) {
  await clickWidget(page, widget);
  await pressKey(page, 'a', 'Control');
  await pressKey(page, 'Backspace');
  for (const ch of text) await pressKey(page, ch);
  if (leave) await pressKey(page, 'Tab');
}
