// Printing the guide: its text version on paper, with the reader's own skills and salary,
// and no picture of the canvas.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, until, settled, openGuide, setSalaryFromPage, atDate } from './helpers.mjs';

export default function register(test) {
  test('printed, the guide is its text on pages, with the reader\'s skills, salary and take-home', async ({ ctx, url }) => {
    await atDate(ctx, '2026-12-04T12:00:00');
    const page = await openGuide(ctx, url + '/?theme=dark');
    await settled(page);
    // The reader's own state, set through the guide's controls.
    await page.evaluate(() => document.querySelector('#ui-mirror [data-node="skill.python"]').click());
    await until(page, () => window.mlguide.progress().skills.python?.state === 'learning', null, 'Python to move to Learning');
    await setSalaryFromPage(page, 70000);
    await settled(page);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printed = await page.evaluate(() => {
      const shown = (id) => { const el = document.getElementById(id); return el && getComputedStyle(el).display !== 'none'; };
      const mine = document.getElementById('your-progress');
      const row = Array.from(document.querySelectorAll('#your-progress tr')).find((tr) => tr.textContent.startsWith('Python'));
      return { canvas: shown('canvas'), mirror: shown('ui-mirror'), guide: document.getElementById('guide').getBoundingClientRect().height,
        mine: mine ? mine.textContent : '', python: row ? row.textContent : '', bg: getComputedStyle(document.body).backgroundColor,
        sections: document.querySelectorAll('#guide section').length,
        whole: Array.from(document.querySelectorAll('#your-progress h3 ~ table')).map((t) => getComputedStyle(t).breakInside) };
    });
    assert(!printed.canvas && !printed.mirror, 'the canvas or its elements are printed: ' + JSON.stringify(printed));
    assert(printed.guide > 3000 && printed.sections === 7, 'the text is not laid out for print: ' + JSON.stringify(printed));
    assert(printed.python === 'PythonProgramming languagesLearning', 'Python in the printed progress: ' + printed.python);
    assert(/£70,000 a year; England, Wales or Northern Ireland, no student loan, no pension\. Estimated take-home pay, tax year 2026\/27/.test(printed.mine),
      'salary: ' + printed.mine);
    assert(printed.whole.length >= 1 && printed.whole.every((b) => b === 'avoid'), 'the take-home table may split: ' + printed.whole);
    assert(printed.bg === 'rgb(255, 255, 255)', 'printed on the dark theme\'s colour: ' + printed.bg);

    // The PDF Chromium prints: several pages of text, no image of the canvas.
    const bytes = await page.pdf({ format: 'A4' });
    const pdf = bytes.toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert(pages >= 4, `the guide printed on ${pages} page(s)`);
    assert(!/\/Subtype\s*\/Image/.test(pdf), 'the printout holds an image (the canvas?)');
    // Its text, as a PDF reader extracts it: the guide, the reader's state, each source's address.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mlguide-print-')), 'guide.pdf');
    fs.writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert(/Python\s+Programming\s+(languages\s+)?Learning/.test(text), 'the printed PDF lacks Python\'s state');
    for (const words of ['Healthcare', 'PyTorch', '£45,000', '£70,000 a year',
      '(https://www.gov.uk/income-tax-rates)', '(https://www.morrisby.com/jobs/machine-learning-engineer)'])
      assert(text.includes(words), `the printed PDF lacks "${words}"`);
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });
}
