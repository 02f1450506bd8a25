// A damaged document in IndexedDB does not block the app: it is set aside (quarantined) and named in the
// top bar and in Settings, everything else loads and can be edited, and the damaged text is never overwritten.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, waitReady, clickWidget, waitFrames, saveScreenshot, storedEntry } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.gongjian.state());

function idb(page, fn, arg) {
  return page.evaluate(([body, a]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('gongjian');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      // eslint-disable-next-line no-new-func
      new Function('db', 'a', 'resolve', 'reject', body)(db, a, (v) => { db.close(); resolve(v); }, reject);
    };
  }), [fn, arg]);
}
const putDoc = (page, key, value) => idb(page, `const tx = db.transaction('docs', 'readwrite');
  tx.objectStore('docs').put(a.value, a.key); tx.oncomplete = () => resolve(true); tx.onerror = () => reject(tx.error);`,
{ key, value });

async function saved(page) {
  for (let i = 0; i < 300; ++i) {
    const s = await state(page);
    if (s.save === 'saved' && s.unsaved === 0) return s;
    await waitFrames(page, 1);
  }
  throw new Error('never saved');
}

for (const lang of ['zh', 'en']) {
  test(`a damaged stored need is quarantined and named, the rest works, the damage is never overwritten (${lang})`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openApp(context, `?lang=${lang}`);
    const first = await saved(page);
    assert.equal(first.quarantined, 0);
    const original = await storedEntry(page, 'need/167');
    assert.ok(original, 'the demo data has need/167 (rejected, nothing points at it)');
    const torn = { text: original.text.slice(0, 50), rev: original.rev };  // a write cut short
    await putDoc(page, 'need/167', torn);

    await page.reload();
    await waitReady(page);
    let s = await state(page);
    assert.equal(s.dataError, '');
    assert.equal(s.quarantined, 1);
    assert.equal(s.records, first.records - 1);
    assert.ok(await page.evaluate(() => window.gongjian.rect('topbar.quarantine')), 'the top bar says so');

    // The top bar's notice leads to Settings, which lists the record with its reason.
    await clickWidget(page, 'topbar.quarantine');
    s = await state(page);
    assert.equal(s.screen, 'settings');
    assert.ok(await page.evaluate(() => window.gongjian.rect('settings.quarantine')));
    await saveScreenshot(page, `quarantine-settings-${lang}.png`);

    // Editing goes on (the operator's name is a stored document) and the damaged text stays as it was.
    await clickWidget(page, 'settings.operator');
    await page.keyboard.insertText('李华');
    for (let i = 0; i < 100 && (await state(page)).operator !== '李华'; ++i) await waitFrames(page, 1);
    await clickWidget(page, 'nav.needs');
    await saved(page);
    assert.equal(JSON.parse((await storedEntry(page, 'settings/ui')).text).operator, '李华');  // a write happened
    assert.deepEqual(await storedEntry(page, 'need/167'), torn);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
