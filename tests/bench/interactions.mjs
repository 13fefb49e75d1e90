// What the rep does through the real UI, timed in the page: a keyboard drag through dnd-kit,
// keystrokes in the board's search box, navigation to Insights. Each time starts at the input
// event and ends when the result is in the DOM and a frame has been drawn with it.
import { median, percentile, round } from './stats.mjs';

const summary = (times) =>
  times.length === 0
    ? { median: null, p95: null, n: 0 }
    : { median: round(median(times)), p95: round(percentile(times, 95)), n: times.length };

/** The share (%) of inputs whose result was drawn in a frame begun within one refresh of the input. */
const firstFrameShare = (frames) =>
  frames.length === 0 ? null : round((100 * frames.filter((f) => f === 1).length) / frames.length);

/**
 * Installs `window.benchFrame(t0, shown, done)` in the page: armed at the input event (time
 * `t0`), it checks `shown()` at the start of each frame (a requestAnimationFrame callback, before
 * that frame's style, layout and paint) until the result is there, then waits for the task after
 * that frame — the frame has been drawn with it — and calls `done({ ms, frames })`: the time from
 * the input event, and in which display refresh after the input that frame began (1: within one
 * refresh interval, 16.7 ms at 60 Hz, of the input; a long task delays it). Armed at the input
 * itself, a result that makes the first frame is timed to that frame. (Before 6 Dec 2026 the
 * watch was armed a task after the input, so a result already drawn in the first frame was timed
 * to the second: one frame too many, ~16 ms, on a bare page as on the board.) Gives up after
 * `giveUpMs`.
 */
const installFrameWatch = (page) =>
  page.evaluate(() => {
    window.benchFrame = (t0, shown, done, giveUpMs = 10_000) => {
      const tick = () => {
        const frames = Math.max(1, Math.ceil((performance.now() - t0) / (1000 / 60)));
        if (!shown()) {
          if (performance.now() - t0 < giveUpMs) requestAnimationFrame(tick);
          return;
        }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done({ ms: performance.now() - t0, frames });
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(tick);
    };
  });

/** Wait (up to `timeout` ms) for the dragged card's preview to be over the column of `stageId`. */
const overColumn = (page, stageId, timeout) =>
  page
    .waitForFunction(
      (stageId) => {
        const preview = document.querySelector('.drag-preview')?.getBoundingClientRect();
        const column = document.querySelector(`[data-stage-id="${stageId}"]`)?.getBoundingClientRect();
        if (!preview || !column) return false;
        const x = preview.left + preview.width / 2;
        return x >= column.left && x <= column.right;
      },
      stageId,
      { polling: 'raf', timeout },
    )
    .then(
      () => true,
      () => false,
    );

/**
 * Keyboard drags (Space, ArrowRight, Space) of the first visible card of the first column to
 * the second. Drop → on screen: the drop key's event time → the card has left its column and is
 * in the next one (or, virtualized out of view, that column's count went up), and the frame with
 * it was drawn (`benchFrame`); `firstFrameShare`: the % of drops drawn in the first frame after the
 * drop. Drop → saved: the same start → the store acknowledged `deals.transition`. `times`: each
 * drag's figures (for an A/B of two builds, tests/bench/abBoard.mjs).
 */
export async function uiStageMoves(page, runs) {
  await installFrameWatch(page);
  await page.evaluate(() => {
    const bench = window.fieldlineBench;
    if (bench.savedAt) return;
    bench.savedAt = [];
    const call = bench.store.call.bind(bench.store);
    bench.store.call = (method, input) => {
      const pending = call(method, input);
      if (method === 'deals.transition')
        pending.then(
          () => bench.savedAt.push(performance.now()),
          () => bench.savedAt.push(null),
        );
      return pending;
    };
  });
  const onScreen = [];
  const frames = [];
  const saved = [];
  for (let i = 0; i < runs; i++) {
    const ids = await page.evaluate(() => {
      const columns = [...document.querySelectorAll('.columns [data-stage-id]')];
      const [from, to] = columns.map((c) => c.getAttribute('data-stage-id'));
      const card = columns[0]?.querySelector('[data-deal-id]');
      return card && to ? { from, to, deal: card.getAttribute('data-deal-id') } : null;
    });
    if (!ids) break;
    const card = page.locator(`[data-stage-id="${ids.from}"] [data-deal-id="${ids.deal}"]`);
    await card.focus();
    await page.keyboard.press('Space');
    await page.waitForSelector('.drag-preview', { timeout: 30_000 });
    // An arrow pressed before dnd-kit has measured the columns can leave the card where it was
    // (seen here about one drag in four): press again if it is not over the next column.
    for (let tries = 0; tries < 3; tries++) {
      await page.keyboard.press('ArrowRight');
      if (await overColumn(page, ids.to, 3_000)) break;
    }
    const armed = page.evaluate(
      ({ from, to, deal }) =>
        new Promise((resolve) => {
          const bench = window.fieldlineBench;
          const savedBefore = bench.savedAt.length;
          const countOf = (stageId) =>
            Number(
              document
                .querySelector(`[data-stage-id="${stageId}"] [data-testid="column-count"]`)
                ?.textContent?.replace(/\D/g, '') ?? NaN,
            );
          const countBefore = countOf(to);
          const landed = () =>
            !document.querySelector(`[data-stage-id="${from}"] [data-deal-id="${deal}"]`) &&
            (document.querySelector(`[data-stage-id="${to}"] [data-deal-id="${deal}"]`) !== null ||
              countOf(to) > countBefore);
          const result = { onScreen: null, frames: null, saved: null };
          let t0 = null;
          const finish = () => {
            if (result.onScreen !== null && result.saved !== null) resolve(result);
          };
          const waitSaved = () => {
            if (bench.savedAt.length > savedBefore) {
              const at = bench.savedAt[savedBefore];
              result.saved = at === null ? -1 : at - t0;
              finish();
            } else setTimeout(waitSaved, 1);
          };
          document.addEventListener(
            'keydown',
            (event) => {
              t0 = event.timeStamp;
              window.benchFrame(t0, landed, ({ ms, frames }) => {
                result.onScreen = ms;
                result.frames = frames;
                finish();
              });
              // After dnd-kit's own listener has handled the drop (same event, bubbling phase).
              setTimeout(waitSaved, 0);
            },
            { capture: true, once: true },
          );
          setTimeout(() => resolve(result), 10_000); // not dropped on the next column: no figure
        }),
      ids,
    );
    // The listener is installed once `armed`'s evaluate has run; a round trip makes sure of it.
    await page.evaluate(() => undefined);
    await page.keyboard.press('Space');
    const r = await armed;
    if (r.onScreen !== null) onScreen.push(r.onScreen);
    if (r.frames !== null) frames.push(r.frames);
    if (r.saved !== null && r.saved >= 0) saved.push(r.saved);
  }
  return {
    onScreen: summary(onScreen),
    firstFrameShare: firstFrameShare(frames),
    saved: summary(saved),
    times: { onScreen, saved },
  };
}

/**
 * Types `text` into the board's search box one key at a time; each keystroke's event time →
 * the board's columns show that keystroke's query (their `data-board-query`, the search they
 * were filtered by, not the input's echo) and the frame with them has been drawn (`benchFrame`).
 * Returns the per-keystroke times (summary and `times`), the % drawn in the first frame after
 * the key, and the longest main-thread task seen while typing. Works on any page with an
 * `input[data-board-search]` and an element carrying `data-board-query` (see `frameFloor`).
 */
export async function keystrokeFilter(page, text) {
  const box = page.locator('input[data-board-search]').first();
  if ((await box.count()) === 0) return { ...summary([]), firstFrameShare: null, longestTask: null };
  await box.fill('');
  await box.focus();
  await installFrameWatch(page);
  await page.evaluate(() => {
    const bench = window.fieldlineBench;
    bench.keyTimes = [];
    bench.keyFrames = [];
    bench.longest = 0;
    bench.taskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longest = Math.max(bench.longest, entry.duration);
    });
    bench.taskObserver.observe({ type: 'longtask', buffered: false });
    bench.onKey = (event) => {
      // The query this key types, as the board searches for it (set by the harness before the key).
      const query = bench.nextQuery;
      const shown = () =>
        document.querySelector('[data-board-query]')?.getAttribute('data-board-query') === query;
      window.benchFrame(event.timeStamp, shown, ({ ms, frames }) => {
        bench.keyTimes.push(ms);
        bench.keyFrames.push(frames);
      });
    };
    document.addEventListener('keydown', bench.onKey, { capture: true });
  });
  for (const [i, ch] of [...text].entries()) {
    const query = text
      .slice(0, i + 1)
      .trim()
      .toLowerCase();
    await page.evaluate((q) => (window.fieldlineBench.nextQuery = q), query);
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForFunction((n) => window.fieldlineBench.keyTimes.length >= n, i + 1, {
      timeout: 30_000,
    });
  }
  const result = await page.evaluate(async () => {
    const bench = window.fieldlineBench;
    document.removeEventListener('keydown', bench.onKey, { capture: true });
    await new Promise((r) => setTimeout(r, 100));
    bench.taskObserver.disconnect();
    return { times: bench.keyTimes, frames: bench.keyFrames, longest: bench.longest };
  });
  await box.fill('');
  return {
    ...summary(result.times),
    firstFrameShare: firstFrameShare(result.frames),
    longestTask: result.longest,
    times: result.times,
  };
}

/** A page with nothing but a search box that "filters" at once, and a button that opens a header. */
const BARE_PAGE = `<!doctype html><meta charset="utf-8"><title>frame floor</title>
<input data-board-search aria-label="Search"><p data-board-query=""></p>
<button type="button">Open</button><h2 hidden>Opened</h2>
<script>
  window.fieldlineBench = {};
  const box = document.querySelector('input');
  const out = document.querySelector('p');
  box.addEventListener('input', () => {
    const query = box.value.trim().toLowerCase();
    out.setAttribute('data-board-query', query);
    out.textContent = query;
  });
  const heading = document.querySelector('h2');
  document.querySelector('button').addEventListener('click', () => (heading.hidden = !heading.hidden));
</script>`;

/**
 * The frame floor, on a bare page (no app) in a new tab of `context`, so the same browser and
 * machine load: `keys`, `keystrokeFilter` (the same measurement) typing `text`; `clicks`, a
 * click made in the page → a heading shown and drawn, as `workspaceOpen` times a card's click.
 * What a result drawn in the first frame costs here — input routing, the wait for the next frame,
 * style, layout and paint of a near-empty page — against which the board's figures are read.
 */
export async function frameFloor(context, text, clickRuns = 20) {
  const page = await context.newPage();
  await page.setContent(BARE_PAGE);
  const keys = await keystrokeFilter(page, text);
  await installFrameWatch(page);
  const clicks = [];
  for (let i = 0; i < clickRuns; i++) {
    clicks.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const heading = document.querySelector('h2');
            const wasHidden = heading.hidden;
            const t0 = performance.now();
            document.querySelector('button').click();
            window.benchFrame(
              t0,
              () => heading.hidden !== wasHidden,
              ({ ms }) => resolve(ms),
            );
          }),
      ),
    );
  }
  await page.close();
  return { keys, clicks: summary(clicks) };
}

/** Moves the first card of the board's first column to the second through the store (a change Insights reads). */
const moveOneCard = (page) =>
  page.evaluate(async () => {
    const columns = [...document.querySelectorAll('.columns [data-stage-id]')];
    const dealId = columns[0]?.querySelector('[data-deal-id]')?.getAttribute('data-deal-id');
    const toStageId = columns[1]?.getAttribute('data-stage-id');
    if (!dealId || !toStageId) throw new Error('no card to move before the Insights visit');
    await window.fieldlineBench.store.call('deals.transition', {
      dealId,
      request: { kind: 'move', toStageId },
    });
    await new Promise((resolve) => setTimeout(resolve, 500)); // the board takes the change
  });

/**
 * Navigation to Insights → every chart drawn: the dashboard's data-ready="true" (its own word),
 * every chart card holding a drawn chart (an svg or canvas, or its empty-state note), and a
 * frame painted with them. Medians over `runs` navigations from the board. `afterChange`: a deal
 * is moved on the board before each navigation, so Insights cannot draw its kept answer
 * (state/keptAnswers.ts) and asks the store — what the rep waits for after working the board.
 */
export async function dashboardAllCharts(page, runs, { afterChange = false } = {}) {
  const ready = [];
  const drawn = [];
  let charts = 0;
  for (let i = 0; i < runs; i++) {
    await page.getByRole('button', { name: /^Pipeline/ }).click();
    await page.waitForSelector('.columns', { timeout: 120_000 });
    if (afterChange) await moveOneCard(page);
    const r = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const everyChartDrawn = () => {
            if (!document.querySelector('[data-ready="true"]')) return false;
            const cards = [...document.querySelectorAll('[data-chart]')];
            return (
              cards.length > 0 &&
              cards.every((c) => c.querySelector('svg, canvas, table, .insight-empty, [data-empty]'))
            );
          };
          const button = [...document.querySelectorAll('nav[aria-label="Main"] button')].find((b) =>
            b.textContent.startsWith('Insights'),
          );
          let readyAt = null;
          const t0 = performance.now();
          const check = () => {
            if (readyAt === null && document.querySelector('[data-ready="true"]'))
              readyAt = performance.now() - t0;
            if (!everyChartDrawn()) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () =>
                resolve({
                  ready: readyAt,
                  drawn: performance.now() - t0,
                  charts: document.querySelectorAll('[data-chart]').length,
                });
              channel.port2.postMessage(null);
            });
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          button.click();
          setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, 60_000);
        }),
    );
    if (r === null) return { ready: null, drawn: null, charts };
    ready.push(r.ready);
    drawn.push(r.drawn);
    charts = r.charts;
  }
  return { ready: median(ready), drawn: median(drawn), charts };
}

/**
 * Opening a deal's workspace from a card: the click → the header (the deal's name and facts,
 * not a placeholder) on screen and a frame drawn with it; and → the whole workspace filled
 * (its aria-busy="false": the deal's record, timeline, contacts in every part) and drawn.
 * Cards are taken from each column in turn; the workspace is closed between opens.
 */
export async function workspaceOpen(page, runs) {
  const header = [];
  const filled = [];
  for (let i = 0; i < runs; i++) {
    const r = await page.evaluate(
      (i) =>
        new Promise((resolve) => {
          const columns = [...document.querySelectorAll('.columns [data-stage-id]')].filter((c) =>
            c.querySelector('[data-deal-id]'),
          );
          const cards = columns[i % Math.max(columns.length, 1)]?.querySelectorAll('[data-deal-id]') ?? [];
          const card = cards[Math.floor(i / Math.max(columns.length, 1)) % Math.max(cards.length, 1)];
          if (!card) return resolve(null);
          const id = card.getAttribute('data-deal-id');
          const selector = `section.workspace[data-workspace-deal="${CSS.escape(id)}"]`;
          const times = { header: null, filled: null };
          /** The time to the frame drawn after `now`: a rAF, then the task after it. */
          const afterFrame = (key) =>
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                times[key] = performance.now() - t0;
                if (times.header !== null && times.filled !== null) done();
              };
              channel.port2.postMessage(null);
            });
          let seenHeader = false;
          let seenFilled = false;
          const check = () => {
            const ws = document.querySelector(selector);
            if (!ws) return;
            if (!seenHeader && ws.querySelector('.workspace-header:not([aria-busy]) .facts')) {
              seenHeader = true;
              afterFrame('header');
            }
            if (!seenFilled && ws.getAttribute('aria-busy') === 'false') {
              seenFilled = true;
              afterFrame('filled');
            }
          };
          const observer = new MutationObserver(check);
          const timer = setTimeout(() => done(), 60_000);
          function done() {
            observer.disconnect();
            clearTimeout(timer);
            resolve(times);
          }
          observer.observe(document.body, { subtree: true, childList: true, attributes: true });
          const t0 = performance.now();
          card.click();
          check(); // a click's render is synchronous: the header may already be there
        }),
      i,
    );
    // Escape from the workspace's heading (where focus lands) closes it.
    await page.keyboard.press('Escape');
    await page.waitForSelector('section.workspace', { state: 'detached', timeout: 60_000 });
    if (r?.header !== null && r?.header !== undefined) header.push(r.header);
    if (r?.filled !== null && r?.filled !== undefined) filled.push(r.filled);
  }
  return { header: summary(header), filled: summary(filled) };
}

/**
 * Back to the board from Insights: a click on "Pipeline" → the live board's cards on screen (not
 * the busy board of a load, not inside a view kept hidden) and a frame drawn with them
 * (`benchFrame`). Each run first opens Insights and waits until it is drawn and the page has
 * settled. What a rep switching views waits for, `runs` times.
 */
export async function boardReturn(page, runs) {
  await installFrameWatch(page);
  const times = [];
  for (let i = 0; i < runs; i++) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^Insights/ })
      .click();
    await page.waitForSelector('[data-ready="true"]', { timeout: 120_000 });
    await page.waitForTimeout(1_000);
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const live = () =>
            [...document.querySelectorAll('section.board:not([aria-busy="true"]) .column .card')].some(
              (card) => !card.closest('[hidden]') && card.getBoundingClientRect().height > 0,
            );
          const button = [...document.querySelectorAll('nav[aria-label="Main"] button')].find((b) =>
            b.textContent.startsWith('Pipeline'),
          );
          const t0 = performance.now();
          button.click();
          window.benchFrame(t0, live, ({ ms }) => resolve(ms), 60_000);
          setTimeout(() => resolve(null), 61_000); // never shown: no figure
        }),
    );
    if (ms !== null) times.push(ms);
  }
  return summary(times);
}
