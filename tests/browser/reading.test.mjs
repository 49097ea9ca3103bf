// The guide under a reader's hands, as a page (WAI-ARIA Authoring Practices): the reading keys
// scroll unless the focused control uses them, a click on text or the margin focuses nothing,
// a dialog keeps Tab inside and starts on its safe choice, and a swipe scrolls even when it
// starts on the slider; while the app loads its copy scrolls, and the app then shows the words
// the reader was reading where they were. Through real key presses and touch events.
import { assert, until, settled, stillScroll, openGuide, clickWidget, reveal, setSalaryFromPage, copyInView, drawnTops, openHeld } from './helpers.mjs';

const guideScroll = () => document.getElementById('ui-mirror').scrollTop;
const saved = () => window.localStorage.getItem(Object.keys(window.localStorage).find((k) => k.startsWith('mlguide')) || '');

// Opens the Progress menu and chooses `item` with the keys.
async function chooseFromMenu(page, item) {
  await clickWidget(page, 'menu');
  await settled(page);
  await page.keyboard.press('Tab');  // into the menu's items, as its keys go
  for (let i = 0; i < 8 && (await page.evaluate(() => window.mlguide.focused())) !== item; i++) {
    await page.keyboard.press('ArrowDown');
    await settled(page);
  }
  await page.keyboard.press('Enter');
}

export default function register(test) {
  test('the keys of a page: from a click in a paragraph and in the margin they scroll, and change nothing', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    // At load the focus is on nothing: PageDown reads on.
    await page.keyboard.press('PageDown');
    await until(page, () => document.getElementById('ui-mirror').scrollTop > 400, null, 'PageDown at load to scroll');
    await page.keyboard.press('Home');
    await until(page, () => document.getElementById('ui-mirror').scrollTop === 0, null, 'Home to go back to the top');
    await setSalaryFromPage(page, 85000);
    await settled(page);
    const before = await page.evaluate(saved);

    // A click in a paragraph of the first panel (its text layer), then the reading keys.
    const span = await page.evaluate(() => {
      const s = Array.from(document.querySelectorAll('#ui-mirror span')).find((e) => e.textContent.startsWith('A machine learning engineer'));
      const r = s.getBoundingClientRect();
      return { x: r.left + 20, y: r.top + r.height / 2 };
    });
    await page.mouse.click(span.x, span.y);
    await settled(page);
    assert((await page.evaluate(() => window.mlguide.focused())) === '', 'a click on text focused a control');
    let last = await page.evaluate(guideScroll);
    for (const [key, times, down] of [['PageDown', 6, true], ['ArrowDown', 8, true], ['Home', 1, false], ['End', 1, true], ['Space', 0, true]]) {
      for (let i = 0; i < times; i++) await page.keyboard.press(key);
      await settled(page);
      const now = await page.evaluate(guideScroll);
      if (times) assert(down ? now > last || now > 2000 : now === 0, `${key} ×${times} from a paragraph: ${last} -> ${now}`);
      last = now;
    }
    assert((await page.evaluate(() => window.mlguide.focused())) === '', 'the reading keys moved the focus');

    // A click in the margin: nothing focused; Space and Shift+Space page down and up.
    await page.keyboard.press('Home');
    await settled(page);
    await page.mouse.click(6, 400);
    await settled(page);
    assert((await page.evaluate(() => window.mlguide.focused())) === '', 'a click in the margin focused ' + (await page.evaluate(() => window.mlguide.focused())));
    await page.keyboard.press('Space');
    await settled(page);
    const paged = await page.evaluate(guideScroll);
    assert(paged > 500 && paged < 800, 'Space did not page down as a browser does (87.5% of 800 px): ' + paged);
    await page.keyboard.press('Shift+Space');
    await settled(page);
    assert((await page.evaluate(guideScroll)) === 0, 'Shift+Space did not page back up');
    assert((await page.evaluate(saved)) === before, 'reading changed the saved progress or salary');
  });

  test('PageDown on a panel header scrolls and keeps the focus; on the slider it is the slider\'s', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    await setSalaryFromPage(page, 85000);
    for (let i = 0; i < 10 && (await page.evaluate(() => window.mlguide.focused())) !== 'panel.role'; i++) {
      await page.keyboard.press('Tab');
      await settled(page);
    }
    assert((await page.evaluate(() => window.mlguide.focused())) === 'panel.role', 'Tab did not reach the first panel');
    for (let i = 0; i < 12; i++) await page.keyboard.press('PageDown');
    await settled(page);
    assert((await page.evaluate(() => window.mlguide.focused())) === 'panel.role', 'PageDown carried the focus away');
    assert((await page.evaluate(() => window.mlguide.progress().salary.amount)) === 85000, 'PageDown changed the salary');
    assert((await page.evaluate(guideScroll)) > 1000, 'PageDown did not scroll');
    // Focused, the slider keeps its own keys.
    await clickWidget(page, 'salary.slider');
    const amount = await page.evaluate(() => window.mlguide.progress().salary.amount);
    await page.keyboard.press('PageDown');
    await until(page, (a) => window.mlguide.progress().salary.amount === a - 5000, amount, 'PageDown on the slider to lower it by £5,000');
  });

  test('a dialog: it opens on its safe choice, Tab goes round inside it, Escape gives the focus back', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    await page.evaluate(() => document.querySelector('#ui-mirror [data-node="skill.python"]').click());
    await until(page, () => window.mlguide.progress().skills.python?.state === 'learning', null, 'Python to be Learning');
    await chooseFromMenu(page, 'menu.reset');
    await until(page, () => window.mlguide.focused() === 'dialog.cancel', null, 'the Reset dialog to open on Cancel');
    const inDialog = () => !!document.activeElement.closest('#ui-mirror [role=dialog]');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
      await settled(page);
      assert(await page.evaluate(inDialog), `Tab ${i + 1} left the dialog for ${await page.evaluate(() => document.activeElement.id || document.activeElement.tagName)}`);
    }
    // Behind it, nothing can be reached: the other elements and the text are inert.
    const reachable = await page.evaluate(() => Array.from(document.querySelectorAll('#ui-mirror > *'))
      .filter((el) => !el.inert && el.getAttribute('role') !== 'dialog' && !el.hasAttribute('aria-live')).length);
    assert(reachable === 0, reachable + ' parts of the page behind the dialog are not inert');
    await page.keyboard.press('Escape');
    await until(page, () => !document.querySelector('#ui-mirror [role=dialog]'), null, 'Escape to close the dialog');
    await until(page, () => window.mlguide.focused() === 'menu', null, 'the focus to go back to the menu button');
    assert((await page.evaluate(() => window.mlguide.progress().skills.python?.state)) === 'learning', 'the dialog reset the progress');
  });

  test('Share: the link field is a Tab stop, and Escape from it closes the dialog with the focus back on the menu button', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    await chooseFromMenu(page, 'menu.share');
    await until(page, () => window.mlguide.focused() === 'dialog.takeaway.copy', null, 'Share to open on Copy');
    await page.keyboard.press('Shift+Tab');
    await until(page, () => document.activeElement.dataset.node === 'dialog.takeaway.text', null, 'Shift+Tab to reach the link field');
    // Straight from the field to the button: a field removed with the focus in it leaves the
    // focus on nothing for a moment, and a screen reader then says nothing of the move.
    await page.evaluate(() => document.activeElement.addEventListener('focusout', (e) => {
      window.wentTo = e.relatedTarget ? e.relatedTarget.dataset.node : 'nothing';
    }));
    await page.keyboard.press('Escape');
    await until(page, () => !document.querySelector('#ui-mirror [role=dialog][data-node]'), null, 'Escape to close the dialog');
    await until(page, () => document.activeElement.dataset.node === 'menu', null, 'the page focus to go back to the menu button');
    const went = await page.evaluate(() => window.wentTo);
    assert(went === 'menu', 'the focus left the field for ' + went);
  });

  test('a dialog read in a screen reader browse mode: with the focus left on nothing, Escape closes it and the focus goes back', async ({ ctx, url }) => {
    const page = await openGuide(ctx, url + '/');
    await settled(page);
    await chooseFromMenu(page, 'menu.keys');
    await until(page, () => !!document.querySelector('#ui-mirror [role=dialog]') && window.mlguide.focused() === 'dialog.cancel', null, 'the Keyboard shortcuts dialog to open');
    // Orca moving its reading caret into the key table takes the focus off the Close button,
    // and the reader's Escape can follow within the same frame: both in one task here.
    await page.evaluate(() => {
      document.activeElement.blur();
      for (const type of ['keydown', 'keyup']) {
        document.body.dispatchEvent(new KeyboardEvent(type, { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true }));
      }
    });
    await until(page, () => !document.querySelector('#ui-mirror [role=dialog]'), null, 'Escape to close the dialog');
    await until(page, () => document.activeElement.dataset.node === 'menu', null, 'the page focus to go back to the menu button');
  });

  test('touch at 375 px: a swipe that starts on the slider scrolls and keeps the salary; a tap on the track sets it', async ({ browser, url }) => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 700 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
    try {
      const page = await openGuide(ctx, url + '/?panel=salary');
      await settled(page);
      await setSalaryFromPage(page, 85000);
      await settled(page);
      const cdp = await ctx.newCDPSession(page);
      const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
      const swipe = async (x, y, dy) => {
        await touch('touchStart', x, y);
        for (let i = 1; i <= 10; i++) await touch('touchMove', x, y + (dy * i) / 10);
        await touch('touchEnd', x, y + dy);
        await settled(page);
      };
      const slider = await reveal(page, 'salary.slider');
      const thumbX = slider.x + slider.width * ((85000 - 45000) / (100000 - 45000));
      for (const [x, dy, what] of [[thumbX, -200, 'up from the thumb'], [slider.x + 20, -200, 'up from the track'],
        [slider.x + 20, 150, 'down from the track']]) {
        const r = await page.evaluate(() => window.mlguide.locate('salary.slider'));
        await swipe(x, r.y + r.height / 2, dy);
        assert((await page.evaluate(() => window.mlguide.progress().salary.amount)) === 85000, `a swipe ${what} changed the salary`);
        const moved = (await page.evaluate(() => window.mlguide.locate('salary.slider'))).y - r.y;
        assert(Math.sign(moved) === Math.sign(dy) && Math.abs(moved) > 60, `a swipe ${what} did not scroll (${moved} px)`);
      }
      // A tap on the track moves the thumb there, once the finger lifts without travelling.
      const r = await reveal(page, 'salary.slider');
      await touch('touchStart', r.x + 4, r.y + r.height / 2);
      await touch('touchEnd', r.x + 4, r.y + r.height / 2);
      await until(page, () => window.mlguide.progress().salary.amount < 50000, null, 'a tap at the start of the track to set the salary there');
      // A sideways drag moves it.
      await touch('touchStart', r.x + 4, r.y + r.height / 2);
      for (let i = 1; i <= 10; i++) await touch('touchMove', r.x + 4 + i * (r.width - 8) / 10, r.y + r.height / 2 + i);
      await touch('touchEnd', r.x + r.width - 4, r.y + r.height / 2 + 10);
      await until(page, () => window.mlguide.progress().salary.amount >= 99000, null, 'a sideways drag to the end to move it');
    } finally {
      await ctx.close();
    }
  });

  // 1280×800 with a mouse and the keyboard; 375×700 at twice the pixels with a finger.
  for (const size of [{ width: 1280, height: 800, scale: 1, touch: false }, { width: 375, height: 700, scale: 2, touch: true }]) {
    test(`arriving at ${size.width} px: the page scrolls while the app loads, the loading note covers no text, and the app shows the reader's words where they were`, async ({ browser, url }) => {
      const { ctx, page, release } = await openHeld(browser, url + '/', size);
      try {
        const noted = () => getComputedStyle(document.getElementById('loading')).display !== 'none';
        await until(page, noted, null, 'the loading note');
        const covered = await page.evaluate(() => {
          const note = document.getElementById('loading').getBoundingClientRect();
          return Array.from(document.querySelectorAll('#guide :is(h1, h2, p, li)')).filter((el) => {
            const b = el.getBoundingClientRect();
            return !el.closest('#loading') && b.height > 0 && b.left < note.right && b.right > note.left && b.top < note.bottom && b.bottom > note.top;
          }).map((el) => el.textContent.slice(0, 30));
        });
        assert(covered.length === 0, 'the loading note covers ' + covered.join(' | '));
        // Read on before the app has come: a swipe or Page Down scrolls the page's copy.
        if (size.touch) {
          const cdp = await ctx.newCDPSession(page);
          const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 200, y }] });
          await touch('touchStart', 600);
          for (let i = 1; i <= 10; i++) await touch('touchMove', 600 - 35 * i);
          await touch('touchEnd', 250);
        } else {
          await page.keyboard.press('PageDown');
        }
        await until(page, () => window.scrollY > 100, null, 'the page to scroll while the app loads');
        await stillScroll(page);  // a fling or a smooth scroll comes to rest
        const blocks = await page.evaluate(copyInView);
        assert(blocks.length >= 2, 'little of the guide in view: ' + JSON.stringify(blocks));
        release();
        await page.evaluate(() => window.mlguide.ready);
        await until(page, (n) => document.querySelectorAll('#ui-mirror span').length > n, 20, 'the text layer');
        const tops = await page.evaluate(drawnTops, blocks);
        assert(tops[0] !== null && Math.abs(tops[0] - blocks[0].top) <= 2,
          `"${blocks[0].text.slice(0, 40)}" moved from ${blocks[0].top} to ${tops[0]} when the app arrived`);
        blocks.forEach((b, i) => assert(tops[i] === null || Math.abs(tops[i] - b.top) <= 3,
          `"${b.text.slice(0, 40)}" moved from ${b.top} to ${tops[i]} when the app arrived: ` + JSON.stringify(blocks.map((x, j) => [x.text.slice(0, 20), x.top, tops[j]]))));
      } finally {
        await ctx.close();
      }
    });
  }
}
