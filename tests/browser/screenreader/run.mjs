// A blind reader's journey through the guide with Orca and Chromium (rig.mjs), asserting on
// what Orca says. Run alone:   node tests/browser/screenreader/run.mjs [site folder]
// (default build/web). It writes the transcript ("> keys" then "< each utterance") to
// TRANSCRIPT=<file> (default a temporary folder, printed at the end); a failed expectation
// names the step, and the transcript shows what was said instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, siteDir } from '../lib.mjs';
import { Rig } from './rig.mjs';

const site = process.argv[2] ? path.resolve(process.argv[2]) : siteDir;
const transcriptFile = process.env.TRANSCRIPT || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-orca-out-')), 'transcript.txt');
const out = [];
const failures = [];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = await serve({ root: () => site });
const rig = new Rig();
// The whole journey has a time limit, whatever hangs (Orca has hung in its own caret navigation).
const limit = setTimeout(async () => {
  console.error('screen reader journey: timed out after 6 minutes');
  fs.writeFileSync(transcriptFile, out.join('\n') + '\n');
  await rig.down();
  process.exit(1);
}, 6 * 60 * 1000);

// Presses keys as a reader does and returns what Orca said after them.
async function press(...keys) {
  for (const k of keys) {
    await rig.key(k);
    await sleep(120);
  }
  const said = await rig.heard();
  out.push('> ' + keys.join(' '), ...said.map((s) => '< ' + s));
  return said;
}
function expect(step, ok, said) {
  if (!ok) failures.push(`${step}: heard ${JSON.stringify(said)}`);
}
const focused = () => rig.page.evaluate(() => window.mlguide.focused());
async function tabTo(id, keys = ['Tab'], most = 60) {
  for (let i = 0; i < most && (await focused()) !== id; i++) await press(...keys);
  if ((await focused()) !== id) throw new Error(`${keys.join(' ')} never reached ${id}`);
}
// Only to set a step up, never as the reader's action: the page's focus on a control, as a
// click would leave it. What Orca says about the move is not part of the step.
async function focusOn(id) {
  await rig.page.evaluate((n) => document.querySelector(`#ui-mirror [data-node="${n}"]`).focus(), id);
  await sleep(500);
  await rig.heard();
  if ((await focused()) !== id) throw new Error('could not set the focus on ' + id);
}
const joined = (said) => said.join(' ').replace(/\s+/g, ' ');

try {
  await rig.up();
  const page = await rig.browser(server.url + '/');
  await page.waitForFunction(() => window.mlguide && window.mlguide.ready, null, { timeout: 30000 });
  await page.evaluate(() => window.mlguide.ready);
  rig.run('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chromium', 'windowfocus', '--sync']);
  await rig.orca();
  out.push('(Orca started)', ...(await rig.heard({ quiet: 2000, ms: 20000 })).map((s) => '< ' + s));

  // The title and the landmarks, in browse mode from the top.
  let said = await press('ctrl+Home');
  said = await press('1');
  expect('the title as heading 1', /What is a machine learning engineer\?.*heading level 1/i.test(joined(said)), said);

  // The salary, by arrows.
  await tabTo('salary.slider');
  said = await press('Right');
  expect('the salary by an arrow', /£[\d,]+ a year/.test(joined(said)), said);

  // A skill, set from the keyboard, and its announcement.
  await tabTo('skill.python');
  said = await press('space');
  expect('a skill set and announced', /Python: Learning\. \d+ of 12 skills confident/.test(joined(said)), said);

  // The chord: Shift and Tab sent together (Shift is up before Tab) go backwards, every time.
  let backwards = 0;
  for (let i = 0; i < 5; i++) {
    await focusOn('skill.r');
    rig.run('xdotool', ['key', 'shift+Tab']);
    await sleep(500);
    out.push('> shift+Tab (one chord, from R)', ...(await rig.heard()).map((s) => '< ' + s));
    backwards += (await focused()) === 'skill.python';
  }
  out.push(`(${backwards} of 5 chords went backwards)`);
  expect('a Shift+Tab chord goes backwards', backwards === 5, [`${backwards} of 5`]);

  // Each dialog, opened from the Progress menu, heard by its name and its first words, and
  // closed. In two the reader goes on: the key table, read as a table (back to it with
  // Shift+T, then a row); Share's link, a field of its own (Shift+Tab from Copy).
  const dialogs = [
    ['menu.keys', /Keyboard shortcuts dialog/i, /./, ['shift+t', 'Down'], /table with 9 rows 2 columns.*Shift plus Space/i],
    ['menu.share', /Share your progress dialog/i, /whoever opens it is asked/i, ['shift+Tab'], /Link to your progress.*entry/i],
    ['menu.about', /About this guide dialog/i, /runs entirely in your browser/i],
    ['menu.reset', /Reset your progress\? dialog/i, /All 12 skills go back to Not started/i],
  ];
  for (const [item, name, text, toRead, read] of dialogs) {
    await focusOn('menu');
    await press('Return');
    await tabTo(item, ['Down'], 8);
    said = await press('Return');
    // A long dialog takes Orca a moment: what it says within a few seconds counts.
    const late = await rig.heard({ quiet: 2500 });
    out.push(...late.map((x) => '< ' + x));
    said.push(...late);
    const opened = joined(said);
    expect(`${item}: the dialog's name on opening`, name.test(opened), said);
    expect(`${item}: the dialog's text on opening`, text.test(opened), said);
    if (toRead) {
      said = [];
      for (const k of toRead) said.push(...(await press(k)));
      out.push('(the page\'s focus: ' + await rig.page.evaluate(() => document.activeElement.dataset.node || document.activeElement.tagName) + ')');
      expect(`${item}: read further`, read.test(joined(said)), said);
    }
    if (item === 'menu.reset') expect('Reset starts on Cancel', (await focused()) === 'dialog.cancel', [await focused()]);
    said = await press('Escape');
    expect(`${item}: Escape closes it, and the focus is heard back on the menu button`, /Progress collapsed push button/.test(joined(said)), said);
  }

  // Reading from the top with the down arrow, in browse mode (Insert+A switches): no blank lines.
  await focusOn('readiness');
  for (let i = 0; i < 2; i++) {
    said = await press('Insert+a');
    if (said.some((x) => /browse mode/i.test(x))) break;
  }
  await press('ctrl+Home');
  let blank = 0, lines = 0;
  const reading = [];
  for (let i = 0; i < 80; i++) {
    await rig.key('Down');
    const s = await rig.heard({ quiet: 500 });
    out.push('> Down', ...s.map((x) => '< ' + x));
    reading.push(...s);
    if (!s.length) continue;
    lines++;
    if (s.some((x) => /^\s*(blank\.?)?\s*$/i.test(x))) blank++;
  }
  out.push(`(${blank} of ${lines} Down-arrow stops were blank)`);
  expect('reading by line in browse mode', lines >= 40, [`${lines} lines said of 80 presses`]);
  expect('no blank lines in browse mode', blank === 0, [`${blank} of ${lines}`]);
  const titles = reading.filter((x) => /^\s*What is a Machine Learning Engineer\?/i.test(x));
  expect('the title read once', titles.length === 1, titles);
  const heardTable = reading.find((x) => /table with \d+ rows 3 columns/i.test(x));
  expect('the take-home breakdown read as a table', !!heardTable, reading.filter((x) => /table|A year|Income tax/i.test(x)));
} catch (e) {
  failures.push('the journey stopped: ' + e.message);
} finally {
  clearTimeout(limit);
  fs.writeFileSync(transcriptFile, out.join('\n') + '\n');
  await rig.down();
  await server.close();
}
console.log('transcript: ' + transcriptFile);
for (const f of failures) console.log('FAIL ' + f);
console.log(failures.length ? `${failures.length} screen reader expectation(s) failed` : 'the screen reader heard what a reader should');
process.exit(failures.length ? 1 : 0);
