// Files in and out of the browser app: the picker's bytes reach C++ unchanged (GB18030 stays GB18030),
// C++ bytes download unchanged, and the real Settings buttons, clicked with the mouse, open the browser's
// file picker and start a download (a picker needs the click's user activation, which must survive the
// frame that handles the click).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openApp, clickWidget } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a picked file reaches C++ byte for byte, and C++ bytes download unchanged', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page } = await openApp(context);
  // GB18030 text with a quoted newline, as Excel in China writes it: "需求","楼道灯坏了\r\n三楼"
  const bytes = Buffer.concat([Buffer.from('"'), Buffer.from([0xD0, 0xE8, 0xC7, 0xF3]), Buffer.from('","'),
    Buffer.from([0xC2, 0xA5, 0xB5, 0xC0, 0xB5, 0xC6, 0xBB, 0xB5, 0xC1, 0xCB]), Buffer.from('\r\n'),
    Buffer.from([0xC8, 0xFD, 0xC2, 0xA5]), Buffer.from('"\r\n')]);
  let fnv = 2166136261;
  for (const b of bytes) fnv = Math.imul(fnv ^ b, 16777619) >>> 0;

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.evaluate(() => window.gongjian.testPickFile('.csv,text/csv')),
  ]);
  assert.equal(chooser.isMultiple(), false);
  await chooser.setFiles({ name: '需求.csv', mimeType: 'text/csv', buffer: bytes });
  await page.waitForFunction(() => window.gongjian.pickedFile() !== null, null, { timeout: 30000 });
  const picked = await page.evaluate(() => window.gongjian.pickedFile());
  assert.deepEqual(picked, { status: 'picked', name: '需求.csv', size: bytes.length, fnv1a: fnv, error: '' });

  const out = Buffer.concat([Buffer.from([0xEF, 0xBB, 0xBF]), Buffer.from('编号,标题\r\n1,"=1+2"\r\n', 'utf8'), Buffer.from([0, 255])]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((b) => window.gongjian.testDownload('导出.csv', 'text/csv', b), [...out]),
  ]);
  assert.equal(download.suggestedFilename(), '导出.csv');
  const file = await download.path();
  assert.deepEqual(fs.readFileSync(file), out);
  await context.close();
});

test('the Settings import and export buttons open the picker and download the file', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page } = await openApp(context);
  await clickWidget(page, 'nav.settings');

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickWidget(page, 'transfer.import.needs')]);
  assert.equal(chooser.isMultiple(), false);
  const accept = await chooser.element().getAttribute('accept');
  assert.match(accept, /csv/);

  const [download] = await Promise.all([page.waitForEvent('download'), clickWidget(page, 'transfer.export.bundle')]);
  assert.match(download.suggestedFilename(), /^gongjian-.*\.json$/);
  const bundle = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(bundle.format, 'gongjian');
  assert.equal(bundle.records.length, (await page.evaluate(() => window.gongjian.state())).records);
  await context.close();
});
