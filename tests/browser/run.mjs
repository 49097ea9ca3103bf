// Browser tests: the built site (build/web) in Debian's Chromium, headless, WebGL on SwiftShader.
//   node tests/browser/run.mjs [name filter]
import { serve, launch, runEach } from './lib.mjs';
import guide from './guide.test.mjs';
import tracker from './tracker.test.mjs';
import salary from './salary.test.mjs';
import ship from './ship.test.mjs';
import a11y from './a11y.test.mjs';
import semantics from './semantics.test.mjs';
import print from './print.test.mjs';
import text from './text.test.mjs';
import frames from './frames.test.mjs';
import wordpress from './wordpress.test.mjs';
import reading from './reading.test.mjs';

const tests = [];
const test = (name, fn, options = {}) => tests.push({ name, fn, options });
for (const register of [guide, tracker, salary, ship, a11y, semantics, print, text, frames, wordpress, reading]) register(test);
const filter = process.argv[2] || '';
const chosen = tests.filter((x) => x.name.includes(filter));
if (chosen.length === 0) {
  console.log(`no browser test has "${filter}" in its name`);
  process.exit(1);
}
const server = await serve();
const browser = await launch();
let failed = 0;
try {
  failed = await runEach(browser, chosen, { viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
    (t, ctx) => t.fn({ browser, ctx, url: server.url }));
} finally {
  await browser.close();
  await server.close();
}
console.log(failed ? `${failed} browser test(s) failed` : 'all browser tests passed');
process.exit(failed ? 1 : 0);
