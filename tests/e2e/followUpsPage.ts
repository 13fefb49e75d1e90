import { expect, type Page } from '@playwright/test';

/** The Follow-ups view, in a rep's words. */
export class FollowUps {
  constructor(readonly page: Page) {}

  async open() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /Follow-ups/ })
      .click();
    await expect(this.page.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeVisible();
  }

  section(name: 'Overdue' | 'Today' | 'Upcoming' | 'Later' | 'Stale deals') {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  row(section: ReturnType<FollowUps['section']>, text: string) {
    return section.getByRole('listitem').filter({ hasText: text });
  }

  /** Local date / time strings in the page (whose clock may be faked) `offsetMs` from its now. */
  localInputs(offsetMs: number) {
    return this.page.evaluate((offset) => {
      const d = new Date(Date.now() + offset);
      const p = (n: number) => String(n).padStart(2, '0');
      return {
        date: `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`,
        time: `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`,
      };
    }, offsetMs);
  }

  async add(f: { deal: string; search: string; date: string; time: string; note: string; type?: string }) {
    await this.page.getByRole('button', { name: 'New follow-up' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New follow-up' });
    await dialog.getByLabel('Find a deal').fill(f.search);
    // selectOption waits until the search result is among the options.
    await dialog.getByRole('combobox', { name: 'Deal', exact: true }).selectOption({ label: f.deal });
    await dialog.getByLabel('Date').fill(f.date);
    await dialog.getByLabel('Time (optional)').fill(f.time);
    await dialog.getByLabel('Note').fill(f.note);
    if (f.type) await dialog.getByLabel('Type').selectOption({ label: f.type });
    await dialog.getByRole('button', { name: 'Add follow-up' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Switch between the List and Week views. */
  async showAs(mode: 'List' | 'Week') {
    const button = this.page
      .getByRole('group', { name: 'Show follow-ups as' })
      .getByRole('button', { name: mode });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  /** One day of the week view, by its local date (`yyyy-MM-dd`). */
  day(key: string) {
    return this.page.locator(`.fu-week-grid [data-day="${key}"]`).and(this.page.getByRole('region'));
  }

  /** A follow-up on a day of the week view. */
  entry(day: ReturnType<FollowUps['day']>, text: string) {
    return day.getByRole('button', { name: new RegExp(text) });
  }
}
