// Every screen of the loop, drawn in the browser in Chinese and English, saved as
// build/screenshots/<screen>-<zh|en>.png for people to look at, and checked for what a machine can see:
// the screen is the one asked for, the canvas is not blank, no text is missing a glyph.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, clickWidget, waitFrames, pngStats } from './browser.mjs';

const outDir = path.resolve(process.env.GONGJIAN_SCREEN_DIR || 'build/screenshots');
const screens = ['dashboard', 'needs', 'resources', 'units', 'matching', 'projects', 'volunteers', 'activities',
  'meetings', 'assessment', 'settings'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.gongjian.state());

for (const lang of ['zh', 'en']) {
  test(`screens in ${lang}: ${screens.join(', ')}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openApp(context, `?lang=${lang}`);
    fs.mkdirSync(outDir, { recursive: true });
    for (const screen of screens) {
      await clickWidget(page, `nav.${screen}`);
      if (screen === 'matching') {
        // The plan runs across frames; the screenshot shows its result.
        for (let i = 0; i < 600 && (await state(page)).matching?.phase !== 'done'; ++i) await waitFrames(page, 1);
      }
      await waitFrames(page, 3);
      const s = await state(page);
      assert.equal(s.screen, screen);
      assert.equal(s.lang, lang === 'zh' ? 'zh-CN' : 'en');
      const file = path.join(outDir, `${screen}-${lang}.png`);
      const png = await page.screenshot({ path: file });
      const stats = await pngStats(page, png);
      assert.ok(stats.colours > 50, `${file} looks blank (${stats.colours} colours)`);
      assert.equal(s.missingGlyphs, 0, `${screen}/${lang}: every character has a glyph`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}
