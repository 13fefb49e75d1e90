import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FieldlineApp } from './app';
import { FollowUps } from './followUpsPage';

const DAY = 86_400_000;

test('a follow-up due in a few seconds raises a reminder; snoozing it moves it in the agenda', async ({
  page,
}) => {
  const app = new FieldlineApp(page);
  const followUps = new FollowUps(page);
  await app.open();
  await app.quickAdd({ title: 'Fleet telematics pilot', company: 'Harbor Mobility' });
  await followUps.open();

  const due = await followUps.localInputs(3_000);
  await followUps.add({
    deal: 'Fleet telematics pilot — Harbor Mobility',
    search: 'harbor',
    ...due,
    note: 'Intro call',
  });
  await expect(followUps.row(followUps.section('Today'), 'Fleet telematics pilot')).toBeVisible();

  // The reminder: an in-app toast (headless Chromium grants no notification permission).
  const toast = page.locator('.toasts .toast', { hasText: 'Fleet telematics pilot' });
  await expect(toast).toBeVisible({ timeout: 15_000 });
  await expect(toast).toContainText('Call: Intro call · Harbor Mobility');
  await expect(toast.getByRole('button', { name: 'Snooze 1 h' })).toBeVisible();
  await toast.getByRole('button', { name: /Dismiss/ }).click();

  // Now past due, it is overdue; snooze it by keyboard: focus the row, s, Enter on "1 hour".
  const overdueRow = followUps.row(followUps.section('Overdue'), 'Fleet telematics pilot');
  await expect(overdueRow).toBeVisible();
  await overdueRow.focus();
  await page.keyboard.press('s');
  await expect(page.getByRole('menuitem', { name: '1 hour' })).toBeFocused();
  await page.keyboard.press('Enter');

  const expected = await page.evaluate(() => {
    const at = Date.now() + 3_600_000;
    const sameDay = new Date(at).toDateString() === new Date().toDateString();
    return { at, section: sameDay ? 'Today' : 'Upcoming' } as const;
  });
  await expect(followUps.section('Overdue').getByRole('listitem')).toHaveCount(0);
  const moved = followUps.row(followUps.section(expected.section), 'Fleet telematics pilot');
  await expect(moved).toBeVisible();
  await expect(moved).toContainText('snoozed');
  const when = Date.parse((await moved.locator('time').getAttribute('datetime')) ?? '');
  expect(Math.abs(when - expected.at)).toBeLessThan(60_000);
  // The navigation badge counts what is due today and overdue.
  const badge = page.getByTestId('followups-badge');
  if (expected.section === 'Today') await expect(badge).toHaveText(/^1 due/);
  else await expect(badge).toHaveCount(0);
});

test('with the clock advanced, an overdue follow-up and a quiet deal are flagged', async ({ page }) => {
  await page.clock.install();
  const app = new FieldlineApp(page);
  const followUps = new FollowUps(page);
  await app.open();
  await app.quickAdd({ title: 'Quiet lead', company: 'Cobalt Labs' });
  await app.quickAdd({ title: 'Busy lead', company: 'Northwind' });
  await followUps.open();
  const tomorrow = await followUps.localInputs(DAY);
  await followUps.add({
    deal: 'Busy lead — Northwind',
    search: 'busy',
    date: tomorrow.date,
    time: '',
    note: 'Send the proposal',
  });

  const upcoming = followUps.row(followUps.section('Upcoming'), 'Busy lead');
  await expect(upcoming).toBeVisible();
  await expect(followUps.section('Stale deals').getByRole('listitem')).toHaveCount(0);

  await page.clock.fastForward(2 * DAY);
  await expect(followUps.row(followUps.section('Overdue'), 'Busy lead')).toBeVisible();
  await expect(followUps.section('Stale deals').getByRole('listitem')).toHaveCount(0);

  await page.clock.fastForward(6 * DAY);
  const stale = followUps.row(followUps.section('Stale deals'), 'Quiet lead');
  await expect(stale).toBeVisible();
  await expect(stale).toContainText('8 days without activity in Lead Generation');

  // A deliberate pause clears the flag until its date.
  await stale.getByRole('button', { name: /Pause until/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Pause Quiet lead' });
  await dialog.getByLabel('Why').fill('Champion on holiday');
  await dialog.getByRole('button', { name: 'Pause' }).click();
  await expect(dialog).toBeHidden();
  await expect(followUps.row(followUps.section('Stale deals'), 'Quiet lead')).toHaveCount(0);
});

test('follow-ups export as an .ics calendar file, and the view passes an axe scan', async ({ page }) => {
  const app = new FieldlineApp(page);
  const followUps = new FollowUps(page);
  await app.open();
  await app.quickAdd({ title: 'Analytics rollout', company: 'Northwind Logistics' });
  await followUps.open();
  const later = await followUps.localInputs(3 * DAY);
  await followUps.add({
    deal: 'Analytics rollout — Northwind Logistics',
    search: 'analytics',
    ...later,
    note: 'Demo',
  });
  await expect(followUps.row(followUps.section('Upcoming'), 'Analytics rollout')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('fieldline-follow-ups.ics');
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics.replace(/\r\n /g, '')).toContain('Analytics rollout');

  const scan = async () => {
    const results = await new AxeBuilder({ page }).include('.followups').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await scan();
  // With the snooze menu open, and with the new follow-up dialog open.
  await followUps
    .row(followUps.section('Upcoming'), 'Analytics rollout')
    .getByRole('button', { name: /^Snooze/ })
    .click();
  await expect(page.getByRole('menu')).toBeVisible();
  await scan();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await page.getByRole('button', { name: 'New follow-up' }).click();
  await expect(page.getByRole('dialog', { name: 'New follow-up' })).toBeVisible();
  await scan();
});

test('the agenda works from the keyboard: move with j/k, reschedule with r, complete with d', async ({
  page,
}) => {
  const app = new FieldlineApp(page);
  const followUps = new FollowUps(page);
  await app.open();
  await app.quickAdd({ title: 'Deal Alpha', company: 'Acme' });
  await app.quickAdd({ title: 'Deal Beta', company: 'Birch' });
  await followUps.open();
  const inTwoDays = await followUps.localInputs(2 * DAY);
  const inThreeDays = await followUps.localInputs(3 * DAY);
  await followUps.add({
    deal: 'Deal Alpha — Acme',
    search: 'alpha',
    date: inTwoDays.date,
    time: '10:00',
    note: 'First',
  });
  await followUps.add({
    deal: 'Deal Beta — Birch',
    search: 'beta',
    date: inThreeDays.date,
    time: '',
    note: 'Second',
  });

  const upcoming = followUps.section('Upcoming');
  const alpha = followUps.row(upcoming, 'Deal Alpha');
  const beta = followUps.row(upcoming, 'Deal Beta');
  // Both rows in the agenda before the keys: an add's dialog closes before the agenda has the
  // new row, and a "j" pressed before it came has no next row to move to (a loaded CI lost it).
  await expect(alpha).toBeVisible();
  await expect(beta).toBeVisible();
  await page.getByRole('button', { name: 'New follow-up' }).focus();
  await page.keyboard.press('j');
  await expect(alpha).toBeFocused();
  await page.keyboard.press('j');
  await expect(beta).toBeFocused();
  await page.keyboard.press('k');
  await expect(alpha).toBeFocused();

  // r: reschedule to a date without a time.
  await page.keyboard.press('r');
  const dialog = page.getByRole('dialog', { name: /Reschedule Call Deal Alpha/ });
  await expect(dialog.getByLabel('Date')).toBeFocused();
  await dialog.getByLabel('Time (optional)').fill('');
  await dialog.getByRole('button', { name: 'Reschedule' }).click();
  await expect(dialog).toBeHidden();
  await expect(alpha.locator('time')).toHaveAttribute('datetime', inTwoDays.date);
  await expect(alpha).toBeFocused();

  // d: done; focus moves on to the row that took its place.
  await page.keyboard.press('d');
  await expect(followUps.row(upcoming, 'Deal Alpha')).toHaveCount(0);
  await expect(beta).toBeFocused();
  await expect(page.locator('.fu-sr')).toHaveText('Done: Call Deal Alpha');

  // n: a new follow-up; Escape closes it and gives focus back.
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'New follow-up' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'New follow-up' })).toBeHidden();
  await expect(beta).toBeFocused();
});
