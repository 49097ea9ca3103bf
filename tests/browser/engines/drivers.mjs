// One small interface over three browser engines, so the same journeys run in each:
//   Chromium   Debian's chromium, through playwright-core (CDP)
//   Firefox    Debian's firefox-esr, through puppeteer-core (WebDriver BiDi)
//   WebKit     WebKitGTK's MiniBrowser (Safari's engine), through selenium-webdriver and
//              Debian's WebKitWebDriver
// Firefox and WebKit need a display: run under `xvfb-run -a` (without one, Firefox has no
// WebGL at all); WebKit's wheel also needs xdotool. A Tab offers: goto, evaluate(fn, arg), click(x, y), wheel(x, y, dy),
// press(key) (' ', 'Tab', 'Shift+Tab', 'ArrowLeft', ...), screenshot(file), close().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { launch as launchChromium } from '../lib.mjs';

const version = (cmd, args) => {
  try { return execFileSync(cmd, args, { encoding: 'utf8' }).trim(); } catch (e) { return 'unknown'; }
};

// ---- Chromium
async function chromium({ width = 1280, height = 800, dpr = 1, args = [], init = '' } = {}) {
  const browser = await launchChromium(args);
  const ctx = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  if (init) await ctx.addInitScript(init);
  return {
    name: 'chromium',
    version: 'Chromium ' + browser.version(),
    async tab() {
      const page = await ctx.newPage();
      return {
        goto: (url) => page.goto(url),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        click: (x, y) => page.mouse.click(x, y),
        async wheel(x, y, dy) { await page.mouse.move(x, y); await page.mouse.wheel(0, dy); },
        press: (key) => page.keyboard.press(key === ' ' ? 'Space' : key),
        screenshot: (file) => page.screenshot({ path: file }),
        close: () => page.close(),
      };
    },
    close: () => browser.close(),
  };
}

// ---- Firefox
async function firefox({ width = 1280, height = 800, dpr = 1, prefs = {} } = {}) {
  const puppeteer = (await import('puppeteer-core')).default;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: false,  // under Xvfb: headless Firefox without a display has no WebGL
    userDataDir: profile,
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false, 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false, 'browser.aboutwelcome.enabled': false,
      'dom.disable_open_during_load': false, ...prefs,
    },
    args: [`--width=${width}`, `--height=${height}`],
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    async tab() {
      const page = await browser.newPage();
      await page.setViewport({ width, height, deviceScaleFactor: dpr });
      return {
        goto: (url) => page.goto(url),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        click: (x, y) => page.mouse.click(x, y),
        async wheel(x, y, dy) { await page.mouse.move(x, y); await page.mouse.wheel({ deltaY: dy }); },
        async press(key) {
          if (key === 'Shift+Tab') {
            await page.keyboard.down('Shift');
            await page.keyboard.press('Tab');
            await page.keyboard.up('Shift');
          } else await page.keyboard.press(key);
        },
        screenshot: (file) => page.screenshot({ path: file }),
        close: () => page.close(),
      };
    },
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- WebKit (MiniBrowser)
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
async function webkit({ width = 1280, height = 800, dpr = 1, args = [], env = {} } = {}) {
  const { Builder } = await import('selenium-webdriver');
  const { Key, Origin } = await import('selenium-webdriver/lib/input.js');
  // Our own WebKitWebDriver, so the browser it starts inherits the environment: GDK_SCALE
  // sets the device pixel ratio, JSC_* options switch engine features.
  const port = 4444 + Math.floor(Math.random() * 2000);
  const server = spawn('/usr/bin/WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, GDK_SCALE: String(dpr), ...env }, stdio: 'ignore',
  });
  let driver;
  for (let i = 0; i < 50 && !driver; i++) {
    try {
      driver = await new Builder().usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] } })
        .build();
    } catch (e) {
      if (i === 49 || !/ECONNREFUSED/.test(String(e))) { server.kill(); throw e; }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await driver.manage().window().setRect({ width, height });
  // The window's size includes the browser's own parts: grow it until the page's is right.
  const inner = await driver.executeScript('return [innerWidth, innerHeight]');
  if (inner[0] !== width || inner[1] !== height)
    await driver.manage().window().setRect({ width: width * 2 - inner[0], height: height * 2 - inner[1] });
  const keys = { ' ': Key.SPACE, Tab: Key.TAB, ArrowLeft: Key.ARROW_LEFT, ArrowRight: Key.ARROW_RIGHT, ArrowUp: Key.ARROW_UP,
    ArrowDown: Key.ARROW_DOWN, Enter: Key.ENTER, Escape: Key.ESCAPE, Home: Key.HOME, End: Key.END, PageUp: Key.PAGE_UP,
    PageDown: Key.PAGE_DOWN };
  let tabs = 0;
  return {
    name: 'webkit',
    version: 'WebKitGTK ' + version('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0']),
    async tab() {
      if (tabs++ > 0) throw new Error('the WebKit driver keeps one tab');
      return {
        goto: (url) => driver.get(url),
        // Promises are awaited in the page, as the other drivers do.
        evaluate: (fn, arg) => driver.executeAsyncScript(
          `const done = arguments[arguments.length - 1];
           Promise.resolve().then(() => (${fn.toString()})(arguments[0])).then((v) => done({ v }), (e) => done({ e: String(e && e.message || e) }));`,
          arg === undefined ? null : arg).then((r) => { if (r && 'e' in r) throw new Error(r.e); return r ? r.v : r; }),
        click: (x, y) => driver.actions({ async: true }).move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).press().release().perform(),
        // WebKitWebDriver drops wheel actions, so the wheel is turned on the X server itself
        // (xdotool), a notch per 100 px, where the page's viewport sits on the screen.
        async wheel(x, y, dy) {
          const g = await driver.executeScript('return [screenX + outerWidth - innerWidth, screenY + outerHeight - innerHeight]');
          const notches = Math.max(1, Math.round(Math.abs(dy) / 100));
          execFileSync('xdotool', ['mousemove', String(Math.round(g[0] + x)), String(Math.round(g[1] + y)),
            'click', '--repeat', String(notches), '--delay', '30', dy > 0 ? '5' : '4']);
        },
        async press(key) {
          if (key === 'Shift+Tab') await driver.actions({ async: true }).keyDown(Key.SHIFT).sendKeys(Key.TAB).keyUp(Key.SHIFT).perform();
          else await driver.actions({ async: true }).sendKeys(keys[key] || key).perform();
        },
        async screenshot(file) { fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64')); },
        close: async () => {},
      };
    },
    async close() {
      await driver.quit().catch(() => {});
      server.kill();
    },
  };
}

export const engines = { chromium, firefox, webkit };
