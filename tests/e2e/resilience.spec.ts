import { expect, test, type Page } from '@playwright/test';
import { FieldlineApp } from './app';

const LONG = { timeout: 30_000 };

/** The store client the page itself uses (exposed only with `?bench`, in browser mode). */
async function openWithStore(page: Page) {
  await page.goto('/?bench');
  await expect(page.getByRole('region', { name: /board/i })).toBeVisible(LONG);
  await page.waitForFunction(() => Boolean((window as { fieldlineBench?: unknown }).fieldlineBench));
}

test('an out-of-range date sent through the RPC is refused with a typed error, and nothing changes', async ({
  page,
}) => {
  const app = new FieldlineApp(page);
  await openWithStore(page);
  await app.quickAdd({ title: 'Range check', company: 'Cobalt Labs' });
  const outcome = await page.evaluate(async () => {
    const store = (
      window as unknown as { fieldlineBench: { store: { call(m: string, i: unknown): Promise<unknown> } } }
    ).fieldlineBench.store;
    const [hit] = (await store.call('deals.search', { text: 'Range check', limit: 1 })) as { id: string }[];
    const refused = await store
      .call('followUps.create', { dealId: hit!.id, dueAt: 9007199254740991, type: 'call', note: '' })
      .then(
        () => 'accepted',
        (e: { code: string }) => e.code,
      );
    const badDate = await store
      .call('deals.update', { id: hit!.id, patch: { expectedClose: '2026-02-30' } })
      .then(
        () => 'accepted',
        (e: { code: string }) => e.code,
      );
    const agenda = (await store.call('followUps.agenda', {})) as unknown[];
    return { refused, badDate, agenda: agenda.length };
  });
  expect(outcome).toEqual({ refused: 'invalid-input', badDate: 'invalid-input', agenda: 0 });
  await page.getByRole('button', { name: 'Follow-ups' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not show' })).toHaveCount(0);
});

/** A follow-up made the normal way, then damaged behind the store's back (as an old version could have stored it). */
async function damagedFollowUp(page: Page, title: string, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ({ title, patch }) => {
      const store = (
        window as unknown as { fieldlineBench: { store: { call(m: string, i: unknown): Promise<unknown> } } }
      ).fieldlineBench.store;
      const [hit] = (await store.call('deals.search', { text: title, limit: 1 })) as { id: string }[];
      const followUp = (await store.call('followUps.create', {
        dealId: hit!.id,
        dueAt: Date.now() + 86_400_000,
        type: 'call',
        note: 'x',
      })) as { id: string };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fieldline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('followUps', 'readwrite');
          const table = tx.objectStore('followUps');
          const get = table.get(followUp.id);
          get.onsuccess = () => table.put({ ...get.result, ...patch });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { title, patch },
  );
}

test('a stored time Date cannot show (an older version’s 9e15) reads “unknown date” and the view works', async ({
  page,
}) => {
  const app = new FieldlineApp(page);
  await openWithStore(page);
  await app.quickAdd({ title: 'Far-future follow-up', company: 'Ironbark Capital' });
  await damagedFollowUp(page, 'Far-future follow-up', { dueAt: 9e15 });
  await page.reload();
  await expect(app.column('Lead Generation').getByText('Far-future follow-up')).toBeVisible(LONG);
  await page.getByRole('button', { name: 'Follow-ups' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Far-future follow-up' });
  await expect(row).toContainText('unknown date', LONG);
  await expect(page.getByRole('alert').filter({ hasText: 'could not show' })).toHaveCount(0);
});

test('a bad record written by an older version shows one view’s error, and the rest of the app works', async ({
  page,
}) => {
  const app = new FieldlineApp(page);
  await openWithStore(page);
  await app.quickAdd({ title: 'Damaged follow-up', company: 'Ironbark Capital' });
  // A note stored as an object cannot be rendered as text: the Follow-ups view throws while rendering.
  await damagedFollowUp(page, 'Damaged follow-up', { note: { text: 'an older shape' } });
  await page.reload();
  await expect(app.column('Lead Generation').getByText('Damaged follow-up')).toBeVisible(LONG);
  await page.getByRole('button', { name: 'Follow-ups' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'Fieldline could not show your follow-ups' });
  await expect(failure).toBeVisible(LONG);
  await expect(failure).toContainText('Nothing was changed or lost');
  // The navigation and the other views still work.
  await page.getByRole('button', { name: 'Pipeline' }).click();
  await expect(app.column('Lead Generation').getByText('Damaged follow-up')).toBeVisible(LONG);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(
    page
      .getByRole('heading', { level: 1 })
      .or(page.getByRole('heading', { name: /settings|pipeline/i }))
      .first(),
  ).toBeVisible(LONG);
});
