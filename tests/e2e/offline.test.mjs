// Offline use: after one visit the service worker has every file of the app, so it starts with the server
// stopped; a new build served later is offered as an update and replaces the old cache cleanly. These
// tests serve a copy of the built site with their own server, because they stop it and change files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launch, openApp, waitReady, saveScreenshot } from './browser.mjs';

const siteDir = process.env.GONGJIAN_SITE_DIR || 'build/web-release/site';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
}

async function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

// A static server of `dir` (the same one ./dev.sh run uses); resolves once it accepts connections.
async function serve(dir) {
  const port = await freePort();
  const server = spawn('/usr/bin/python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir],
                       { stdio: 'ignore' });
  while (!(await canConnect(port))) {
    if (server.exitCode !== null) throw new Error(`the test server on port ${port} exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise((r) => server.once('exit', r));
  const stop = async () => {
    server.kill();  // nothing happens when it has already gone
    await exited;
  };
  return { url: `http://127.0.0.1:${port}/`, port, stop };
}

function copySite() {
  assert.ok(fs.existsSync(path.join(siteDir, 'sw.js')), `${siteDir}/sw.js is missing: build the gongjian_site target`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongjian-site-'));
  for (const f of fs.readdirSync(siteDir)) fs.copyFileSync(path.join(siteDir, f), path.join(dir, f));
  return dir;
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('the app starts with the server stopped after one visit', async () => {
  const dir = copySite();
  const server = await serve(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const { page } = await openApp(context, '', undefined, server.url);
    // The worker is registered once the app runs and is active once it has cached every file.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const version = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]{16})'/)[1];
    assert.deepEqual(await cacheNames(page), [`gongjian-${version}`]);
    // The app's files at install; the demo package once the office page has asked for it (it just did).
    const listCache = () => page.evaluate((name) => caches.open(name).then((c) => c.keys())
      .then((k) => k.map((r) => new URL(r.url).pathname).sort()), `gongjian-${version}`);
    await page.waitForFunction((name) => caches.open(name).then((c) => c.keys()).then((k) => k.length >= 10),
                               `gongjian-${version}`, { timeout: 30000 });
    assert.deepEqual(await listCache(), ['/demo-data.js', '/demo.data', '/gongjian.data', '/gongjian.js', '/gongjian.wasm',
                                         '/icon-192.png', '/icon-512.png', '/icon.svg', '/index.html', '/manifest.webmanifest']);
    const records = (await page.evaluate(() => window.gongjian.state())).records;

    await server.stop();
    assert.equal(await canConnect(server.port), false, 'the server is gone');
    await page.reload();
    await waitReady(page);
    const now = await page.evaluate(() => window.gongjian.state());
    assert.equal(now.records, records);
    assert.equal(now.save, 'saved');
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true);

    // A new tab with ?lang=en while offline: still the cached page.
    const { page: en } = await openApp(context, '?lang=en', undefined, server.url);
    assert.equal((await en.evaluate(() => window.gongjian.state())).lang, 'en');
    await saveScreenshot(en, 'web-offline-en.png');
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a new version is offered, and accepting it replaces the old cache', async () => {
  const dir = copySite();
  const server = await serve(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const { page } = await openApp(context, '', undefined, server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    const [oldCache] = await cacheNames(page);

    // The next build: another index.html, so another cache version.
    const index = path.join(dir, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('</body>', '<!-- next build -->\n</body>'));
    const sw = path.join(dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '[0-9a-f]{16}'/, "const VERSION = 'nextbuild0000000'"));

    await page.reload();  // the page looks for a new sw.js at every start
    await waitReady(page);
    await page.waitForSelector('#banner-update', { timeout: 60000 });
    assert.match(await page.textContent('#banner-update'), /A new version has been downloaded/);
    await saveScreenshot(page, 'web-update-ready.png');
    assert.equal(await page.evaluate(() => document.documentElement.innerHTML.includes('next build')), false,
                 'the running page is still the old version');

    await Promise.all([page.waitForEvent('load'), page.click('#banner-accept-update')]);
    await waitReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.innerHTML.includes('next build')), true);
    assert.deepEqual(await cacheNames(page), ['gongjian-nextbuild0000000']);
    assert.notEqual(oldCache, 'gongjian-nextbuild0000000');
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
