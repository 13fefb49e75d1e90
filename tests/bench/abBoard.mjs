// `AB_OLD=<built dir> AB_NEW=<built dir> node tests/bench/abBoard.mjs`: the board's interactions
// (keyboard drags: drop → on screen and → saved; keystrokes in the search box: key → filtered board) on two
// browser-mode builds (each made with `FIELDLINE_WEB_OUT=<dir> npx vite build --config
// src/renderer/vite.web.config.mts`), each seeded like the bench's board section, measured in
// alternating rounds (old, new, new, old, …) so both see the same machine load. The same
// measurements as `npm run bench` (interactions.mjs); figures, not pass/fail.
import { abOrder, reloadToLiveBoard, withSeededBuilds } from './abBuilds.mjs';
import { keystrokeFilter, uiStageMoves } from './interactions.mjs';
import { median, percentile, round } from './stats.mjs';

const ROUNDS = Number(process.env.AB_ROUNDS ?? 4);
const DRAGS = Number(process.env.AB_DRAGS ?? 5);
const TYPED = 'Northwind Pilot';

const seedInput = { count: 10_000, activitiesPerDeal: 3, firstStageShare: 0.5 };
await withSeededBuilds({ ports: { old: 4621, new: 4622 }, seedInput }, async (pages) => {
  for (const page of Object.values(pages)) await reloadToLiveBoard(page);
  const times = {
    old: { drop: [], first: 0, saved: [], key: [], longest: [] },
    new: { drop: [], first: 0, saved: [], key: [], longest: [] },
  };
  for (let i = 0; i < ROUNDS; i++) {
    for (const name of abOrder(i)) {
      const page = pages[name];
      // Let the page settle (the last round's saves answered, idle work done).
      await page.waitForFunction(() => new Promise((resolve) => setTimeout(() => resolve(true), 1500)));
      const drags = await uiStageMoves(page, DRAGS);
      const keys = await keystrokeFilter(page, TYPED);
      times[name].drop.push(...drags.times.onScreen);
      // The drops drawn in the first frame after the drop (the round's share of its drops).
      times[name].first += ((drags.firstFrameShare ?? 0) * drags.times.onScreen.length) / 100;
      times[name].saved.push(...drags.times.saved);
      times[name].key.push(...keys.times);
      times[name].longest.push(keys.longestTask);
    }
  }
  const line = (list) =>
    list.length === 0
      ? 'none'
      : `median ${round(median(list))} ms, p95 ${round(percentile(list, 95))} ms (n ${list.length})`;
  for (const [name, t] of Object.entries(times)) {
    const first = t.drop.length ? round((100 * t.first) / t.drop.length) : null;
    console.log(
      `${name}: drop → on screen ${line(t.drop)}, ${first} % in the first frame; drop → saved ${line(t.saved)}`,
    );
    console.log(
      `${name}: keystroke → filtered ${line(t.key)}; longest task per round ${t.longest.join(' ')} ms`,
    );
  }
  const ratio = (key, f) => round(f(times.new[key]) / f(times.old[key]));
  console.log(
    `new/old: drop median ${ratio('drop', median)}×, p95 ${ratio('drop', (l) => percentile(l, 95))}×;`,
    `saved median ${ratio('saved', median)}×, p95 ${ratio('saved', (l) => percentile(l, 95))}×;`,
    `keystroke median ${ratio('key', median)}×, p95 ${ratio('key', (l) => percentile(l, 95))}×`,
  );
});
