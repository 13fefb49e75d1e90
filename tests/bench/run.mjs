// `npm run bench`: seed 10,000 deals into the browser build in Chromium and measure what a
// rep feels. Prints a table and writes bench-results/latest.json (one key per metric:
// { value, unit, target }). Figures, not pass/fail: nothing here fails on time.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from '../e2e/chromium.mjs';
import * as m from './measure.mjs';
import { round } from './stats.mjs';
import { buildWeb, startPreview } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DEALS = Number(process.env.BENCH_DEALS ?? 10_000);
const executablePath = findChromium();
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}

const outDir = '/tmp/fieldline-bench-web';
buildWeb(root, outDir);
const server = await startPreview(root, outDir, 4610);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const results = {};
const put = (key, value, unit, target = null) =>
  (results[key] = { value: value === null ? null : round(value), unit, target });

try {
  // Board: 10,000 deals, half of them in one column (the 5,000-card scroll).
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/?bench`);
  await page.waitForFunction(() => 'fieldlineBench' in window);
  put(
    'seed_10k_deals_ms',
    await m.seed(page, { count: DEALS, activitiesPerDeal: 3, firstStageShare: 0.5 }),
    'ms',
  );
  put('idb_floor_board_read_ms', await m.rawIndexedDbBoardRead(page, 7), 'ms');
  put('store_board_read_ms', await m.storeBoardRead(page, 7), 'ms');
  const cold = await m.coldStart(page, 3);
  put('cold_start_to_board_ms', cold.live, 'ms', 1000); // the live, interactive board
  put('cold_start_to_first_board_paint_ms', cold.paint, 'ms', 300);
  await page.goto(`${server.url}/?bench`);
  await page.waitForSelector(m.BOARD_LIVE);
  put('heap_after_load_mb', await m.heapMb(page), 'MB');
  const moves = await m.stageMoves(page, 30);
  put('stage_move_median_ms', moves.median, 'ms');
  put('stage_move_p95_ms', moves.p95, 'ms', 50);
  // The journal's share of that save: one OPFS append + flush of a move-sized record.
  const journal = await m.journalAppend(page, 200);
  put('journal_append_median_ms', journal.median, 'ms');
  put('journal_append_p95_ms', journal.p95, 'ms');
  put('journal_share_of_move_p95', moves.p95 ? (journal.p95 / moves.p95) * 100 : null, '%');
  put('filter_latency_ms', await m.filterLatency(page, 10), 'ms', 50);
  const scroll = await m.scrollLongestTask(page);
  put('scroll_longest_task_ms', scroll.longest, 'ms', 100);
  put('scroll_column_cards', scroll.cards, 'cards');
  await context.close();

  // Insights: 10,000 deals and 100,000 activities.
  const insights = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const ipage = await insights.newPage();
  await ipage.goto(`${server.url}/?bench`);
  await ipage.waitForFunction(() => 'fieldlineBench' in window);
  put(
    'seed_10k_deals_100k_activities_ms',
    await m.seed(ipage, { count: DEALS, activitiesPerDeal: 10 }),
    'ms',
  );
  await ipage.reload();
  await ipage.waitForSelector(m.BOARD_LIVE);
  put('dashboard_load_ms', await m.dashboardLoad(ipage, 3), 'ms', 500);
  await insights.close();
} finally {
  await browser.close();
  server.stop();
}

const floor = results.idb_floor_board_read_ms?.value;
const rows = Object.entries(results).map(([key, r]) => ({
  metric: key,
  value: r.value,
  unit: r.unit,
  target: r.target ?? '',
  'vs IDB floor': floor && r.unit === 'ms' && r.value !== null ? `${round(r.value / floor)}×` : '',
}));
console.table(rows);
mkdirSync(`${root}/bench-results`, { recursive: true });
writeFileSync(`${root}/bench-results/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote bench-results/latest.json');
