// The browser app's storage in a real Chromium: IndexedDB holds every edit across reloads and browser
// restarts, the first frame waits for the stored data, a quota error is shown and loses nothing, two tabs
// never overwrite each other, and an older tab lets go on a schema upgrade. The edit used throughout is the operator name in Settings, which the app
// stores as the "settings/ui" document through its workspace (one user action, one transaction).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, launchProfile, openApp, waitReady, clickWidget, saveScreenshot, waitFrames, pressKey, storedEntry } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.gongjian.state());


async function storedOperator(page) {
  const entry = await storedEntry(page, 'settings/ui');
  return entry ? JSON.parse(entry.text).operator : undefined;
}

// Types a new operator name into Settings and finishes the edit with Enter (that is when it is stored).
async function editOperator(page, name) {
  if ((await state(page)).screen !== 'settings') await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.operator');
  await pressKey(page, 'a', 'Control');
  await pressKey(page, 'Backspace');
  await page.keyboard.insertText(name);
  await waitFrames(page, 2);
  await pressKey(page, 'Enter');
  await waitFrames(page, 2);
}

async function waitSave(page, save) {
  await page.waitForFunction((s) => window.gongjian.state().save === s, save, { timeout: 30000 });
}

test('the first frame waits until the stored data is loaded', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Hold back the success of the app's indexedDB.open of the working data until the test releases it (the
  // kiosk's own database, "gongjian-kiosk", opens as usual).
  await context.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      if (args[0] !== 'gongjian') return request;
      let handler = null;
      Object.defineProperty(request, 'onsuccess', { configurable: true, get: () => handler, set: (h) => { handler = h; } });
      request.addEventListener('success', (e) => { window.releaseStoredData = () => handler && handler.call(request, e); });
      return request;
    };
  });
  const page = await context.newPage();
  await page.goto(process.env.GONGJIAN_URL || 'http://127.0.0.1:8080/');
  await page.waitForFunction(() => window.gongjian && window.gongjian.state && window.releaseStoredData, null, { timeout: 90000 });
  await waitFrames(page, 5);  // the main loop runs ...
  const waiting = await state(page);
  assert.equal(waiting.save, 'loading');
  assert.equal(waiting.records, 0);
  // ... but the page stays behind the loading bar and window.gongjian.ready has not resolved.
  assert.equal(await page.evaluate(() => document.body.classList.contains('gongjian-ready')), false);
  assert.equal(await page.isVisible('#overlay'), true);
  const readyEarly = await page.evaluate(() => Promise.race([window.gongjian.ready, Promise.resolve('pending')]));
  assert.equal(readyEarly, 'pending');

  await page.evaluate(() => window.releaseStoredData());
  await waitReady(page);
  const loaded = await state(page);
  assert.ok(loaded.records > 1000, `records after load: ${loaded.records}`);
  // A fresh profile stores the seeded demo data right after the load; that first save may still be running.
  assert.ok(['saving', 'saved'].includes(loaded.save), `save state after load: ${loaded.save}`);
  await waitSave(page, 'saved');
  assert.equal(await page.evaluate(() => window.gongjian.ready), true);
  await context.close();
});

test('edits survive a reload and a browser restart with the same profile', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gongjian-profile-'));
  try {
    let context = await launchProfile(profile);
    let { page } = await openApp(context);
    // The app is ready once the data is loaded; storing the seeded demo data may still be on its way.
    await waitSave(page, 'saved');
    const first = await state(page);
    assert.equal(first.save, 'saved', 'the demo dataset was stored as the first transaction');
    const records = first.records;
    const web = await page.evaluate(() => window.gongjian.web());
    assert.equal(web.tabRole, 'editor');
    assert.equal(web.idbVersion, 1);

    await editOperator(page, '王小梅');
    await waitSave(page, 'saved');
    assert.equal((await state(page)).operator, '王小梅');
    const entry = await storedEntry(page, 'settings/ui');
    assert.equal(JSON.parse(entry.text).operator, '王小梅');
    assert.equal(entry.rev, 1);

    await page.reload();
    await waitReady(page);
    let now = await state(page);
    assert.equal(now.operator, '王小梅', 'after a reload');
    assert.equal(now.records, records, 'the stored dataset is read back, not seeded again');

    await clickWidget(page, 'nav.settings');
    await page.waitForFunction(() => window.gongjian.rect('settings.storage') !== null, null, { timeout: 30000 });
    await saveScreenshot(page, 'web-settings-storage.png');
    await context.close();

    context = await launchProfile(profile);
    ({ page } = await openApp(context));
    now = await state(page);
    assert.equal(now.operator, '王小梅', 'after the browser was closed and started again');
    assert.equal(now.records, records);
    assert.equal((await storedEntry(page, 'settings/ui')).rev, 1);
    await context.close();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('a quota error is shown, the edit stays unsaved until retried, and nothing stored is lost', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, errors } = await openApp(context);
  await editOperator(page, '李四');
  await waitSave(page, 'saved');

  // The disk is full: every put of the next transactions fails as the browser reports it.
  await page.evaluate(() => {
    window.realPut = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await editOperator(page, '张三');
  await waitSave(page, 'unsaved');
  let now = await state(page);
  assert.match(now.saveError, /QuotaExceededError: The quota has been exceeded\./);
  assert.equal(now.unsaved, 1);
  assert.equal(now.operator, '张三', 'the screen keeps the edit');
  assert.equal(await storedOperator(page), '李四', 'the stored data is as before');
  const bar = await page.evaluate(() => window.gongjian.rect('topbar.save'));
  assert.ok(bar, 'the save state is on screen');
  const banner = await page.textContent('#banner-save');
  assert.match(banner, /存储空间已满/);
  assert.match(banner, /QuotaExceededError/);
  await saveScreenshot(page, 'web-quota-unsaved.png', { x: 640, y: 0, width: 640, height: 48 });
  await saveScreenshot(page, 'web-quota-unsaved-full.png');

  // Space is back: retry stores the same edit.
  await page.evaluate(() => { IDBObjectStore.prototype.put = window.realPut; });
  await clickWidget(page, 'topbar.save.retry');
  await waitSave(page, 'saved');
  assert.equal((await state(page)).unsaved, 0);
  assert.equal(await storedOperator(page), '张三');
  await page.waitForSelector('#banner-save', { state: 'detached' });

  // A failed edit followed by a reload: the stored data is what was last stored, never half of anything.
  await page.evaluate(() => {
    window.putAttempts = 0;
    IDBObjectStore.prototype.put = function () {
      window.putAttempts++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await editOperator(page, '王五');
  await waitSave(page, 'unsaved');
  assert.equal(await page.evaluate(() => window.putAttempts), 1);
  // The banner's retry sends it again; still full, so it stays unsaved.
  await page.click('#banner-retry');
  await page.waitForFunction(() => window.putAttempts === 2 && window.gongjian.state().save === 'unsaved');
  assert.match((await state(page)).saveError, /QuotaExceededError/);
  page.on('dialog', (d) => d.accept());  // the "leave with unsaved changes?" question
  await page.reload();
  await waitReady(page);
  now = await state(page);
  assert.equal(now.operator, '张三');
  assert.equal(now.save, 'saved');
  assert.equal(await storedOperator(page), '张三');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs never silently overwrite each other', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page: first } = await openApp(context);
  await editOperator(first, '第一页');
  await waitSave(first, 'saved');

  // A second tab opens read-only and says so.
  const { page: second } = await openApp(context);
  assert.equal((await second.evaluate(() => window.gongjian.web())).tabRole, 'read_only');
  assert.equal((await state(second)).readOnly, true);
  assert.match(await second.textContent('#banner-tab'), /另一个标签页正在编辑/);
  assert.match(await second.textContent('#banner-tab'), /Another tab is editing/);
  await saveScreenshot(second, 'web-second-tab-read-only.png');
  await editOperator(second, '第二页');
  assert.equal((await state(second)).save, 'saved');
  assert.equal((await state(second)).unsaved, 0, 'a read-only tab sends nothing');
  assert.equal(await storedOperator(second), '第一页');

  // It takes over explicitly: it starts again from what is stored, and the first tab is told.
  await second.click('#banner-take-over');
  await waitReady(second);
  assert.equal((await second.evaluate(() => window.gongjian.web())).tabRole, 'editor');
  assert.equal((await state(second)).readOnly, false);
  assert.equal((await state(second)).operator, '第一页');
  await first.waitForFunction(() => window.gongjian.web().tabRole === 'superseded', null, { timeout: 30000 });
  assert.equal((await state(first)).readOnly, true);
  assert.match(await first.textContent('#banner-tab'), /Another tab took over editing/);
  await saveScreenshot(first, 'web-first-tab-taken-over.png');
  await editOperator(first, '旧页');
  assert.equal((await state(first)).unsaved, 0);
  assert.equal(await storedOperator(first), '第一页');

  await editOperator(second, '第二页');
  await waitSave(second, 'saved');
  assert.equal(await storedOperator(first), '第二页');

  // Even a writer that ignores the lock cannot be overwritten: revs are checked inside the transaction.
  await second.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('gongjian');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('docs', 'readwrite');
      const store = tx.objectStore('docs');
      store.get('settings/ui').onsuccess = (e) => {
        const doc = JSON.parse(e.target.result.text);
        doc.operator = '别处';
        doc._rev = e.target.result.rev + 1;
        store.put({ text: JSON.stringify(doc), rev: e.target.result.rev + 1 }, 'settings/ui');
      };
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }));
  await editOperator(second, '覆盖');
  await waitSave(second, 'unsaved');
  const now = await state(second);
  assert.match(now.saveError, /changed elsewhere since it was loaded: settings\/ui/);
  assert.match(await second.textContent('#banner-save'), /changed elsewhere/);
  await saveScreenshot(second, 'web-conflict.png');
  assert.equal(await storedOperator(second), '别处', 'the other writer\'s change is kept');
  await context.close();
});

test('an older tab lets go of the data when a newer schema opens it, and says so', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await openApp(context);
  assert.equal((await state(page)).readOnly, false);
  // A newer version of the app (IndexedDB version 2) opens the same data in another tab.
  const newer = await context.newPage();
  await newer.goto((process.env.GONGJIAN_URL || 'http://127.0.0.1:8080/') + 'manifest.webmanifest');
  const upgraded = await newer.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('gongjian', 2);
    open.onupgradeneeded = (e) => { /* the newer layout would migrate here */ };
    open.onsuccess = () => { const v = open.result.version; open.result.close(); resolve(v); };
    open.onerror = () => reject(open.error);
  }));
  assert.equal(upgraded, 2, 'the upgrade was not blocked: the older tab closed its connection');
  await page.waitForSelector('#banner-storage');
  assert.match(await page.textContent('#banner-storage'), /A newer version of the app opened the data/);
  assert.equal((await state(page)).readOnly, true);
  await saveScreenshot(page, 'web-versionchange.png');

  // This (older) version refuses the newer data on the next start rather than touching it.
  await page.reload();
  await waitReady(page);
  const now = await state(page);
  assert.equal(now.save, 'load_failed');
  assert.match(now.saveError, /stored by a newer version of the app/);
  await context.close();
});
