// The app shell in a real browser: it loads, draws the Chinese UI, navigates with real clicks,
// switches language, takes Chinese typed through the input-method path, and explains failures.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, clickWidget, saveScreenshot, pngStats, waitFrames, baseUrl } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('loads, reports ready and draws the Chinese UI', async () => {
  const { page, errors } = await openApp(browser);
  const state = await page.evaluate(() => window.gongjian.state());
  assert.equal(state.lang, 'zh-CN');
  assert.equal(state.screen, 'dashboard');
  assert.equal(state.platform, 'web');
  assert.equal(state.missingGlyphs, 0, 'every character of the string tables and the data has a glyph');
  assert.equal(state.dataError, '');
  // The article's figures, computed in the browser from the embedded demo records.
  const d = state.dashboard;
  assert.deepEqual([d.communities, d.units_paired, d.projects_claimed, d.funds_fen, d.problems_solved],
                   [4, 34, 49, 154100000, 132]);
  assert.ok(d.person_times_served > 10000);

  const { png } = await saveScreenshot(page, 'web-zh.png');
  const whole = await pngStats(page, png);
  assert.equal(whole.width, 1280);
  assert.ok(whole.colours > 50, `canvas looks blank: ${whole.colours} colours`);

  // The navigation label 需求 is drawn: its rectangle holds ink, and nothing else is drawn there.
  const r = await page.evaluate(() => window.gongjian.rect('nav.needs'));
  assert.ok(r && r.width > 20 && r.height > 10, 'nav.needs has a rectangle');
  const { png: label } = await saveScreenshot(page, 'web-zh-nav-needs.png', r);
  const stats = await pngStats(page, label);
  assert.ok(stats.inkShare > 0.01 && stats.inkShare < 0.5, `label ink share ${stats.inkShare}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('navigation responds to real mouse clicks on ImGui widgets', async () => {
  const { page } = await openApp(browser);
  for (const screen of ['needs', 'units', 'settings', 'dashboard']) {
    await clickWidget(page, `nav.${screen}`);
    assert.equal((await page.evaluate(() => window.gongjian.state())).screen, screen);
  }
  await page.close();
});

// A window as large as the screen (a maximised or kiosk browser) used to keep the first canvas size, stretched:
// Emscripten's GLFW took that size as a fullscreen request. The canvas follows the page at any size.
test('the canvas follows a full-screen window and a resize, and clicks land where they are drawn', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const { page, errors } = await openApp(context);
  const canvas = () => page.evaluate(() => [document.querySelector('canvas').width, document.querySelector('canvas').height]);
  assert.deepEqual(await canvas(), [1920, 1080]);
  await clickWidget(page, 'nav.settings');
  assert.equal((await page.evaluate(() => window.gongjian.state())).screen, 'settings');
  await page.setViewportSize({ width: 1080, height: 1920 });
  await waitFrames(page, 3);
  assert.deepEqual(await canvas(), [1080, 1920]);
  await clickWidget(page, 'nav.meetings');
  assert.equal((await page.evaluate(() => window.gongjian.state())).screen, 'meetings');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the mouse wheel scrolls a list down one notch at a time, and back up', async () => {
  const { page } = await openApp(browser);
  await clickWidget(page, 'nav.needs');
  const row = () => page.evaluate(() => window.gongjian.rect('needs.row.need/166'));  // the 11th row
  const before = await row();
  await page.mouse.move(400, 500);
  await page.mouse.wheel(0, 100);  // one notch down
  await waitFrames(page, 3);
  const after = await row();
  assert.ok(after && after.y < before.y - 30 && after.y > before.y - 200, `one notch: ${before.y} -> ${after?.y}`);
  await page.mouse.wheel(0, -100);
  await waitFrames(page, 3);
  assert.deepEqual(await row(), before);
  await page.close();
});

test('switches to English at run time and from the address', async () => {
  const { page } = await openApp(browser);
  await clickWidget(page, 'topbar.lang');
  assert.equal((await page.evaluate(() => window.gongjian.state())).lang, 'en');
  const { png } = await saveScreenshot(page, 'web-en.png');
  assert.ok((await pngStats(page, png)).colours > 50);
  await page.close();

  const { page: en } = await openApp(browser, '?lang=en');
  assert.equal((await en.evaluate(() => window.gongjian.state())).lang, 'en');
  await en.close();
});

test('Chinese typed through the input-method path reaches the text field', async () => {
  const { page } = await openApp(browser);
  await clickWidget(page, 'nav.settings');
  await clickWidget(page, 'settings.operator');
  // insertText is what an input method commits: no key events, only an input event.
  await page.keyboard.insertText('王小梅');
  await waitFrames(page, 3);
  await page.keyboard.type('A1');
  await waitFrames(page, 3);
  assert.equal((await page.evaluate(() => window.gongjian.state())).operator, '王小梅A1');
  await page.close();
});

test('a failed download shows a clear message in Chinese and English', async () => {
  const page = await browser.newPage();
  await page.route('**/gongjian.wasm', (route) => route.abort());
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.gongjianError, null, { timeout: 60000 });
  const text = await page.textContent('#error');
  assert.match(text, /应用无法启动/);
  assert.match(text, /The app could not start/);
  await page.close();
});

test('a browser without WebGL2 is told so in Chinese and English', async () => {
  const noGl = await launch(['--disable-3d-apis']);
  try {
    const page = await noGl.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.gongjianError, null, { timeout: 30000 });
    const text = await page.textContent('#error');
    assert.match(text, /不支持 WebGL2/);
    assert.match(text, /no WebGL2/);
  } finally {
    await noGl.close();
  }
});
