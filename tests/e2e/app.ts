import { expect, type Page } from '@playwright/test';

/** Where the board keeps its start-up snapshot (browser mode's localStorage). */
export const SNAPSHOT_KEY = 'fieldline.boardSnapshot';

/** How many cards the stored snapshot holds (0 when none is stored yet). */
const storedSnapshotCards = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as { cards: unknown[] }).cards.length : 0;
  }, SNAPSHOT_KEY);

/** A page model of the app shell and board, written in a rep's words. */
export class FieldlineApp {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('region', { name: /board/i })).toBeVisible();
  }

  /**
   * The live board: never the start-up snapshot painted before the store answers (marked
   * aria-busy), so what a test reads after a reload comes from the store, not from that picture.
   */
  liveBoard() {
    return this.page.locator('section.board:not([aria-busy="true"])');
  }

  column(name: string) {
    return this.liveBoard().getByRole('region', { name, exact: true });
  }

  /** Load the sample pipeline; wait until its board is live and kept as the start-up snapshot. */
  async loadSampleWithSnapshot() {
    await this.page.getByRole('button', { name: 'Load sample pipeline' }).click();
    await expect(this.column('Lead Generation').getByRole('listitem').first()).toBeVisible();
    await this.snapshotKept();
  }

  /** Drop the stored snapshot and wait until the board on screen is kept as the next one. */
  async keepSnapshotAgain() {
    await this.page.evaluate((key) => localStorage.removeItem(key), SNAPSHOT_KEY);
    await this.snapshotKept();
  }

  private async snapshotKept() {
    await expect.poll(() => storedSnapshotCards(this.page), { timeout: 30_000 }).toBeGreaterThan(0);
  }

  async quickAdd(lead: {
    title: string;
    company?: string;
    contact?: string;
    email?: string;
    value?: number;
  }) {
    await this.page.getByRole('button', { name: 'Add lead' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New lead' });
    await dialog.getByLabel('Title').fill(lead.title);
    if (lead.company) await dialog.getByLabel('Company').fill(lead.company);
    if (lead.contact) await dialog.getByLabel('Contact', { exact: true }).fill(lead.contact);
    if (lead.email) await dialog.getByLabel('Contact e-mail').fill(lead.email);
    if (lead.value !== undefined) await dialog.getByLabel('Value').fill(String(lead.value));
    await dialog.getByRole('button', { name: 'Add lead' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** Board, workspace and settings steps, in a rep's words. */
export class PipelineBoard extends FieldlineApp {
  card(title: string, column?: string) {
    const scope = column ? this.column(column) : this.liveBoard();
    return scope.locator('[data-deal-id]', { hasText: title });
  }

  async addLead(lead: {
    title: string;
    company?: string;
    contact?: string;
    source?: string;
    value?: number;
  }) {
    await this.page.keyboard.press('Control+n');
    const dialog = this.page.getByRole('dialog', { name: 'New lead' });
    await dialog.getByLabel('Title').fill(lead.title);
    if (lead.company) await dialog.getByLabel('Company').fill(lead.company);
    if (lead.contact) await dialog.getByLabel('Contact', { exact: true }).fill(lead.contact);
    if (lead.source) await dialog.getByLabel('Source').selectOption({ label: lead.source });
    if (lead.value !== undefined) await dialog.getByLabel('Value').fill(String(lead.value));
    await dialog.getByRole('button', { name: 'Add lead' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.card(lead.title)).toBeVisible();
  }

  /** Drag a card with the mouse and drop it on a column. */
  async drag(title: string, toColumn: string) {
    const card = this.card(title);
    await card.scrollIntoViewIfNeeded();
    const from = await card.boundingBox();
    const to = await this.column(toColumn).boundingBox();
    if (!from || !to) throw new Error('card or column not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2, { steps: 3 });
    await this.page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Move a card with the keyboard only: Space, arrows until it is over `toColumn`, Space. */
  async moveByKeyboard(title: string, toColumn: string, direction: 'right' | 'left' = 'right') {
    await this.card(title).focus();
    await this.page.keyboard.press('Space');
    const live = this.page.locator('[id^="DndLiveRegion"]');
    // Picked up, and over its own column: the drag is live (the region may still hold an
    // earlier drag's words about the same card, so wait for these).
    await expect(live).toHaveText(new RegExp(`^${title} is over `));
    const arrow = direction === 'right' ? 'ArrowRight' : 'ArrowLeft';
    for (let i = 0; i < 30 && !(await live.textContent())?.includes(`is over ${toColumn}.`); i++) {
      const before = (await live.textContent()) ?? '';
      await this.page.keyboard.press(arrow);
      // A key pressed while a loaded machine was still settling the drag can be lost: one
      // more press then, never a pass on an unchanged announcement.
      await expect(live)
        .not.toHaveText(before, { timeout: 10_000 })
        .catch(() => this.page.keyboard.press(arrow));
      await expect(live).not.toHaveText(before);
    }
    await this.page.keyboard.press('Space');
  }

  workspace() {
    return this.page.getByRole('region', { name: /^Deal:/ });
  }

  async openDeal(title: string) {
    await this.card(title).click();
    await expect(this.workspace()).toBeVisible();
    return this.workspace();
  }

  async confirmBant() {
    const ws = this.workspace();
    await ws.getByRole('tab', { name: 'Qualification' }).click();
    const bant = ws.getByRole('group', { name: 'BANT' });
    for (const item of ['Budget', 'Authority', 'Need', 'Timeframe']) {
      await bant.getByLabel(item, { exact: true }).selectOption('confirmed');
    }
  }

  filters() {
    return this.page.getByRole('search', { name: 'Filter the board' });
  }

  async openSettings() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Settings' })
      .click();
    await expect(this.page.getByRole('region', { name: 'Settings' })).toBeVisible();
  }

  async showBoard() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'Pipeline' })
      .click();
    await expect(this.page.getByRole('region', { name: /board$/ })).toBeVisible({ timeout: 30_000 });
  }

  /** Settings → Currency: the home currency and exchange rates, saved with one button. */
  async setCurrency(home: string, rates: Record<string, string> = {}) {
    await this.openSettings();
    await this.page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('button', { name: 'Currency' })
      .click();
    const form = this.page.getByRole('form', { name: 'Currency' });
    await form.getByLabel('Home currency').fill(home);
    for (const [code, rate] of Object.entries(rates)) {
      await form.getByRole('button', { name: 'Add a rate' }).click();
      await form.getByLabel('Currency code').last().fill(code);
      await form
        .getByLabel(/^Value of 1 /)
        .last()
        .fill(rate);
    }
    await form.getByRole('button', { name: 'Save currency' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved', { timeout: 30_000 });
  }
}
