// Shared by the browser tests and the screenshot tool: a static server for build/web (and
// the test pages), and Debian's Chromium launched headless with WebGL on SwiftShader.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const siteDir = path.join(repoRoot, 'build/web');
const pagesDir = path.join(here, 'pages');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

// Serves the site (build/web, or whatever `root()` names at the time of each request) under
// `prefix`, and tests/browser/pages under /test/, on a free port. Like GitHub Pages, it allows
// cross-origin reads (a sandboxed iframe has an opaque origin) unless `cors` is false.
export async function serve({ root = () => siteDir, prefix = '/', cors = true } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let rel = decodeURIComponent(url.pathname);
    let dir = root();
    if (rel.startsWith('/test/')) { dir = pagesDir; rel = rel.slice('/test'.length); }
    else if (rel.startsWith(prefix)) rel = '/' + rel.slice(prefix.length);
    else { res.writeHead(404).end('not found'); return; }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found');
      return;
    }
    // Revalidation as static hosts do it: an ETag, and 304 with no body when it still matches.
    const stat = fs.statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    const headers = { 'Cache-Control': 'no-cache', ETag: etag, ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': types[path.extname(file)] || 'application/octet-stream',
      'Content-Length': stat.size,
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
  };
}

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}

const TEST_LIMIT_MS = 180000;  // the slowest test takes about 25 s

// Runs each test in a browser context of its own (`contextOptions`), printing ok or FAIL with
// the reason; `run(test, ctx)` runs one. Returns how many failed.
export async function runEach(browser, tests, contextOptions, run) {
  let failed = 0;
  for (const t of tests) {
    const ctx = await browser.newContext(contextOptions);
    const started = Date.now();
    // A test waiting on something that never comes fails, and the run goes on.
    let timer;
    const limit = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${TEST_LIMIT_MS / 1000} s`)), TEST_LIMIT_MS);
    });
    const running = run(t, ctx);
    running.catch(() => {});
    try {
      await Promise.race([running, limit]);
      console.log(`ok   ${t.name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}\n     ${e.message}`);
    } finally {
      clearTimeout(timer);
      await ctx.close();
    }
  }
  return failed;
}
