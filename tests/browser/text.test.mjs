// The text layer over the canvas: the browser's own selection, copy and find on the text the
// reader sees, with the guide's controls and scrolling unchanged.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './lib.mjs';
import { assert, until, settled, openGuide, setSalaryFromPage, reveal } from './helpers.mjs';

// Where a word of the layer is on screen (the middle of its first occurrence).
async function wordAt(page, word) {
  return page.evaluate((w) => {
    for (const span of document.querySelectorAll('#ui-mirror span')) {
      const i = span.textContent.indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(span.firstChild, i);
      range.setEnd(span.firstChild, i + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, left: r.left, right: r.right };
    }
    return null;
  }, word);
}

export default function register(test) {
  test('a drag over the guide\'s text selects it, as drawn; a copy gives its words with line breaks', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    const from = await wordAt(page, 'A machine');
    const to = await wordAt(page, 'intelligence');
    assert(from && to, 'the first panel\'s text is not in the layer');
    await page.mouse.move(from.left + 1, from.y);
    await page.mouse.down();
    await page.mouse.move(to.right - 1, to.y, { steps: 10 });
    await page.mouse.up();
    const selected = await page.evaluate(() => String(window.getSelection()));
    assert(selected.startsWith('A machine learning engineer programs computers to carry out specialised tasks, so that people need to step in or supervise far less.\nThe field sits very close to artificial intelligence'),
      'selected: ' + JSON.stringify(selected));
    // The browser's own copy puts those words on the clipboard (the guide does not take Ctrl+C).
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert(copied === selected, 'the clipboard holds ' + JSON.stringify(copied));
    // The salary moving changes its figures in the layer, and leaves the selection alone.
    await setSalaryFromPage(page, 90000);
    await settled(page);
    assert((await page.evaluate(() => String(window.getSelection()))) === selected, 'a change elsewhere lost the selection');
    // A double click selects a word.
    const word = await wordAt(page, 'technology');
    await page.mouse.dblclick(word.x, word.y);
    assert((await page.evaluate(() => String(window.getSelection()).trim())) === 'technology', 'a double click did not select the word');
    // Every line of the layer is as wide as the drawn one, so what is highlighted is what is seen.
    const worst = await page.evaluate(() => {
      let w = 0;
      for (const s of document.querySelectorAll('#ui-mirror span')) {
        const drawn = parseFloat(s.dataset.width);
        const r = s.getBoundingClientRect();
        const text = s.textContent.endsWith(' ') ? null : r.width;
        if (text !== null) w = Math.max(w, Math.abs(text - drawn));
      }
      return w;
    });
    assert(worst < 2, `a line of the layer is ${worst} px off its drawn width`);
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  test('over the text the wheel scrolls the guide, the layer moves with it, and the controls still take clicks', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    const word = await wordAt(page, 'self-driving');
    const before = await page.evaluate(() => window.mlguide.locate('panel.role').y);
    await page.mouse.move(word.x, word.y);
    await page.mouse.wheel(0, 300);
    await until(page, (y) => window.mlguide.locate('panel.role').y < y - 100, before, 'the wheel over the text to scroll the guide');
    await settled(page);
    const moved = await wordAt(page, 'self-driving');
    const scrolled = before - (await page.evaluate(() => window.mlguide.locate('panel.role').y));
    assert(Math.abs(word.y - moved.y - scrolled) <= 1, `the layer moved ${word.y - moved.y} px, the guide ${scrolled} px`);
    // A panel header's own words are its button's: a click on them opens it.
    const title = await wordAt(page, 'How business uses ML');
    await page.mouse.click(title.x, title.y);
    await until(page, () => window.mlguide.ids().includes('panel.business.body'), null, 'a click on the header\'s title to open it');
    // And with the menu open over the text, its items take the clicks.
    const menu = await page.evaluate(() => window.mlguide.locate('menu'));
    await page.mouse.wheel(0, -2000);
    await settled(page);
    const m = await page.evaluate(() => window.mlguide.locate('menu'));
    await page.mouse.click(m.x + m.width / 2, m.y + m.height / 2);
    await until(page, () => window.mlguide.ids().includes('menu.keys'), null, 'the menu');
    await settled(page);
    const keys = await page.evaluate(() => window.mlguide.locate('menu.keys'));
    await page.mouse.click(keys.x + keys.width / 2, keys.y + keys.height / 2);
    await until(page, () => window.mlguide.ids().includes('dialog.keys'), null, 'the menu item under which text lies');
    assert(menu, 'no menu');
  });

  test('the browser\'s find matches the text the reader sees', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    const found = await page.evaluate(() => {
      window.getSelection().removeAllRanges();
      const ok = window.find('self-driving car');
      const node = window.getSelection().anchorNode;
      return { ok, inLayer: !!(node && node.parentElement && node.parentElement.closest('#ui-mirror')) };
    });
    assert(found.ok && found.inLayer, 'find: ' + JSON.stringify(found));
    // The salary's figures are text too: a take-home row can be selected and copied as one line.
    const row = await page.evaluate(() => {
      const spans = Array.from(document.querySelectorAll('#ui-mirror span'));
      const i = spans.findIndex((s) => s.textContent.trim() === 'Income tax');
      if (i < 0) return null;
      const range = document.createRange();
      range.setStartBefore(spans[i]);
      range.setEndAfter(spans[i + 2]);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return String(window.getSelection());
    });
    assert(row && /^Income tax −£[\d,]+ −£[\d,]+$/.test(row.trim()), 'the take-home row copies as: ' + JSON.stringify(row));
    // A match far down the page: the guide scrolls to it, and the highlight is on the drawn words.
    const far = await page.evaluate(() => {
      window.getSelection().removeAllRanges();
      return window.find('the same period a year earlier');
    });
    assert(far, 'find did not match text further down');
    await settled(page);
    const seen = await page.evaluate(() => {
      const r = window.getSelection().getRangeAt(0).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, h: window.innerHeight, text: String(window.getSelection()),
        link: window.mlguide.locate('salary.source.itjobswatch-england'), mirror: document.getElementById('ui-mirror').scrollTop };
    });
    assert(seen.text === 'the same period a year earlier' && seen.top >= 0 && seen.bottom <= seen.h,
      'the match is not in view: ' + JSON.stringify(seen));
    // It lies on the lines drawn under the England adverts' source link, where that entry continues.
    assert(seen.link && seen.top > seen.link.y && seen.top < seen.link.y + 80, 'the match is not where its words are drawn: ' + JSON.stringify(seen));
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  test('a match inside a collapsed panel opens it: a link to a text fragment, and find', async ({ ctx, url }) => {
    let page = await openGuide(ctx, url + '/#:~:text=investing%20heavily');
    await until(page, () => window.mlguide.ids().includes('panel.industries.body'), null, 'the text fragment to open Industries');
    await settled(page);
    const shown = await page.evaluate(() => {
      const r = window.mlguide.locate('panel.industries.body');
      return { top: r.y, bottom: r.y + r.height, h: window.innerHeight };
    });
    assert(shown.top < shown.h && shown.bottom > 0, 'the opened panel is not in view: ' + JSON.stringify(shown));
    // Its hidden text is gone once its drawn text is there: one match, not two.
    const matches = await page.evaluate(() => Array.from(document.querySelectorAll('#ui-mirror span'))
      .filter((s) => s.textContent.includes('investing heavily')).length);
    assert(matches === 1, `"investing heavily" is in the layer ${matches} times`);
    await page.close();
    page = await openGuide(ctx, url + '/');
    await settled(page);
    assert(!(await page.evaluate(() => window.mlguide.ids().includes('panel.job-types.body'))), 'ML job types starts open');
    await page.evaluate(() => window.find('entirely new algorithms'));
    await until(page, () => window.mlguide.ids().includes('panel.job-types.body'), null, 'find to open ML job types');
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });

  test('every source is a real link: over its drawn name, to assistive technology, and a click opens it in a new tab', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    const sources = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/guide.json'), 'utf8')).sources.filter((s) => s.url);
    assert(sources.length >= 4, 'sources with an address: ' + sources.length);
    const r = await reveal(page, 'sources.morrisby');
    const morrisby = sources.find((s) => s.id === 'morrisby');
    const found = await page.evaluate(([href, y]) => {
      const control = document.querySelector('#ui-mirror a[data-node="sources.morrisby"]');
      // Of its lines in the layer (the salary card cites it too), the one at the list's entry.
      const mid = (a) => { const b = a.getBoundingClientRect(); return b.top + b.height / 2; };
      const line = Array.from(document.querySelectorAll('#ui-mirror a:not([data-node])')).filter((a) => a.getAttribute('href') === href)
        .sort((a, b) => Math.abs(mid(a) - y) - Math.abs(mid(b) - y))[0];
      const box = line && line.getBoundingClientRect();
      return { control: control && { href: control.getAttribute('href'), name: control.getAttribute('aria-label'), target: control.target },
        line: line && { text: line.textContent, x: box.left + box.width / 2, y: box.top + box.height / 2 } };
    }, [morrisby.url, r.y + r.height / 2]);
    assert(found.control && found.control.href === morrisby.url && found.control.name === morrisby.name && found.control.target === '_blank',
      'the link\'s element: ' + JSON.stringify(found.control));
    assert(found.line && morrisby.name.startsWith(found.line.text.trim()), 'the link in the text layer: ' + JSON.stringify(found.line));
    assert(Math.abs(found.line.y - (r.y + r.height / 2)) < 3, `the layer's link is at y=${found.line.y}, the drawn one at ${r.y + r.height / 2}`);
    // Copied, the list reads as written: one source a line, no space before a comma after a link.
    const copied = await page.evaluate(() => {
      const lines = Array.from(document.querySelectorAll('#ui-mirror span, #ui-mirror a:not([data-node])'));
      const heading = lines.filter((s) => s.textContent.trim() === 'Sources').at(-1);
      const range = document.createRange();
      range.setStartBefore(heading);
      range.setEndAfter(lines.at(-1));
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      return String(window.getSelection());
    });
    const all = JSON.parse(fs.readFileSync(path.join(repoRoot, 'assets/guide.json'), 'utf8')).sources;
    const want = ['Sources', ...all.map((s, i) => `[${i + 1}] ${s.name}, ${s.date}.` + (s.note ? ' ' + s.note : ''))].join('\n');
    assert(copied.trim() === want, 'the sources copy as:\n' + copied + '\nwant:\n' + want);
    // A click on the drawn name opens the source in a new tab (answered here: no network).
    await ctx.route((u) => sources.some((s) => u.href === s.url), (route) => route.fulfill({ contentType: 'text/html', body: 'source' }));
    const opened = ctx.waitForEvent('page', { timeout: 5000 });
    await page.mouse.click(found.line.x, found.line.y);
    const tab = await opened;
    await tab.waitForLoadState();
    assert(tab.url() === morrisby.url || tab.url().startsWith(morrisby.url), 'the new tab opened ' + tab.url());
    await tab.close();
    // Assistive technology presses its element: the same, through the guide.
    const again = ctx.waitForEvent('page', { timeout: 5000 });
    await page.evaluate(() => document.querySelector('#ui-mirror a[data-node="sources.hmrc-2025-26"]').click());
    const second = await again;
    await second.waitForLoadState();
    assert(second.url().startsWith(sources.find((s) => s.id === 'hmrc-2025-26').url), 'the element opened ' + second.url());
    await second.close();
    assert(page.errors.length === 0, 'console errors: ' + page.errors.join(' | '));
  });
}
