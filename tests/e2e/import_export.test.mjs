// Import and export through the real Settings buttons: a GB18030 needs CSV as Excel in China saves it (quoted
// comma, doubled quotes, a line break inside a cell, a date like 2024年7月1日) is previewed, confirmed with a
// click and stored with the right Chinese text; importing it again changes nothing; and the exported JSON
// bundle merged back into the same data is recognised as identical record for record.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, clickWidget, waitFrames, saveScreenshot, pressKey, storedDocs } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.gongjian.state());

// 编号,社区,需求描述,服务对象,涉及人数,紧急程度,反映日期,反映人,联系电话 + one row, encoded as GB18030 by Python.
const csvGb18030 = Buffer.from(
  'b1e0bac52cc9e7c7f82cd0e8c7f3c3e8caf62cb7fecef1b6d4cff32cc9e6bcb0c8cbcafd2cbdf4bcb1b3ccb6c82cb7b4d3b3c8d5c6da2cb7b4d3b3c8' +
  'cb2cc1aacfb5b5e7bbb00d0a4532452d312cd0c2b3c7c9e7c7f82c22c2a5b5c0b5c6bbb5c1cba3ac2222cdedc9cf2222bfb4b2bbc7e50d0ac8fdc2a5c0' +
  'cfc8cbc5c2cba4222cc0cfc8cb2c31322c342c32303234c4ea37d4c231c8d52cc1bac7ed2c31333830303030313233340d0a', 'hex');
const expectedText = '楼道灯坏了，"晚上"看不清\n三楼老人怕摔';


async function setOperator(page, name) {
  await clickWidget(page, 'settings.operator');
  await page.keyboard.insertText(name);
  await waitFrames(page, 2);
  await pressKey(page, 'Enter');
  await page.waitForFunction((n) => window.gongjian.state().operator === n && window.gongjian.state().save === 'saved',
    name, { timeout: 30000 });
}

// Clicks an import button, hands the chooser `file`, and waits for the preview.
async function importFile(page, button, file) {
  const before = (await state(page)).frame;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, button)]);
  await chooser.setFiles(file);
  await page.waitForFunction((f) => {
    const s = window.gongjian.state();
    return s.frame > f && s.transfer.preview;
  }, before, { timeout: 30000 });
  await waitFrames(page, 2);
  return (await state(page)).transfer;
}

test('a GB18030 CSV with a line break in a cell imports with the right Chinese text, once', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await openApp(context);
  await clickWidget(page, 'nav.settings');
  await setOperator(page, '王芳');
  const records = (await state(page)).records;

  const file = { name: '需求.csv', mimeType: 'text/csv', buffer: csvGb18030 };
  const preview = await importFile(page, 'transfer.import.needs', file);
  assert.deepEqual({ added: preview.added, updated: preview.updated, unchanged: preview.unchanged, problems: preview.problems },
    { added: 1, updated: 0, unchanged: 0, problems: 0 });
  assert.equal(preview.canConfirm, true);
  await saveScreenshot(page, 'web-import-preview.png');
  assert.equal((await state(page)).records, records, 'nothing is stored before the preview is confirmed');

  await clickWidget(page, 'transfer.confirm');
  await page.waitForFunction((n) => window.gongjian.state().records === n + 1 && window.gongjian.state().save === 'saved',
    records, { timeout: 30000 });
  const need = (await storedDocs(page)).find((d) => d.extra?.external_id === 'E2E-1' || d.external_id === 'E2E-1');
  assert.ok(need, 'the imported need is stored');
  assert.equal(need.text, expectedText);
  assert.equal(need.reporter.name, '梁琼');
  assert.equal(need.reported, '2024-07-01');
  assert.equal(need.people_affected, 12);
  assert.equal(need.history[0].by, '王芳');

  // The same file again: every row is recognised by its 编号, nothing would be written.
  const again = await importFile(page, 'transfer.import.needs', file);
  assert.deepEqual({ added: again.added, updated: again.updated, unchanged: again.unchanged }, { added: 0, updated: 0, unchanged: 1 });
  assert.equal(again.canConfirm, false);
  await context.close();
});

test('the exported JSON bundle merges back into the same data as identical, record for record', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page } = await openApp(context);
  await clickWidget(page, 'nav.settings');
  await setOperator(page, '李明');
  const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'transfer.export.bundle')]);
  const bytes = fs.readFileSync(await download.path());
  const bundle = JSON.parse(bytes.toString('utf8'));
  const records = (await state(page)).records;
  assert.equal(bundle.records.length, records);

  const merge = await importFile(page, 'transfer.import.bundle', { name: 'backup.json', mimeType: 'application/json', buffer: bytes });
  assert.deepEqual({ added: merge.added, updated: merge.updated, unchanged: merge.unchanged, conflicts: merge.conflicts, problems: merge.problems },
    { added: 0, updated: 0, unchanged: records, conflicts: 0, problems: 0 });
  assert.equal(merge.canConfirm, false);
  await context.close();
});
