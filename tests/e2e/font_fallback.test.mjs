// The fallback font: the first visit does not download ui-fallback.ttf; typing a rare surname character
// that ui.ttf lacks (堃, outside GB2312) fetches it once, and the character then renders (no '?'), with no
// console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, baseUrl, waitReady, waitFrames, clickWidget, pressKey, saveScreenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a rare character typed into a field renders from the fallback font, fetched only then', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const fallbackFetches = [];
  page.on('response', (r) => { if (new URL(r.url()).pathname.endsWith('/ui-fallback.ttf')) fallbackFetches.push(r.status()); });
  await page.goto(baseUrl);
  await waitReady(page);
  assert.deepEqual(fallbackFetches, [], 'the first visit does not download the fallback font');
  assert.equal(await page.evaluate(() => window.gongjian.missingGlyphs('堃')), 1, '堃 is not in ui.ttf');

  await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.operator');
  await page.keyboard.insertText('李堃');
  await page.waitForFunction(() => window.gongjian.missingGlyphs('李堃') === 0, null, { timeout: 30000 });
  await waitFrames(page, 2);
  await pressKey(page, 'Enter');
  await page.waitForFunction(() => window.gongjian.state().operator === '李堃' && window.gongjian.state().save === 'saved',
    null, { timeout: 30000 });
  await saveScreenshot(page, 'web-font-fallback.png');

  assert.deepEqual(fallbackFetches, [200], 'fetched once');
  assert.equal(await page.evaluate(() => window.gongjian.fallbackFontInUse()), true);
  assert.equal((await page.evaluate(() => window.gongjian.state())).missingGlyphs, 0);
  assert.equal(await page.evaluate(() => window.gongjian.missingGlyphs('共建李堃')), 0, 'ui.ttf glyphs are kept');
  assert.deepEqual(errors, []);
  await context.close();
});
