import { expect, type Page } from '@playwright/test';

/** A page model of the app shell and board, written in a rep's words. */
export class FieldlineApp {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('region', { name: /board/i })).toBeVisible();
  }

  column(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }

  async quickAdd(lead: { title: string; company?: string; contact?: string; email?: string; value?: number }) {
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
