import { expect, test, type Page, type Worker } from '@playwright/test';
import { PipelineBoard } from './app';

const LONG = { timeout: 30_000 };

/** The page's store worker (browser mode runs the store in a module Web Worker). */
async function storeWorker(page: Page): Promise<Worker> {
  const find = () => page.workers().find((w) => /store-worker/.test(w.url()));
  await expect.poll(() => Boolean(find()), LONG).toBe(true);
  return find()!;
}

interface FailureHooks {
  heldFailures: number;
  releaseFailures(): void;
}

/**
 * Test-only, inside this page's store worker (nothing of it ships): IndexedDB refuses to store
 * the deal called `title` as a full disk does, and the worker holds its failure answers until
 * released, so the test can see the optimistic move before the failure arrives.
 */
async function failSavesOf(worker: Worker, title: string): Promise<void> {
  await worker.evaluate((title) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (this.name === 'deals' && (value as { title?: string } | null)?.title === title)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return key === undefined ? put.call(this, value) : put.call(this, value, key);
    };
    const post = MessagePort.prototype.postMessage;
    const held: (() => void)[] = [];
    MessagePort.prototype.postMessage = function (this: MessagePort, message: unknown, ...rest: never[]) {
      const answer = message as { kind?: string; ok?: boolean } | null;
      if (answer?.kind === 'response' && answer.ok === false)
        held.push(() => post.call(this, message, ...rest));
      else post.call(this, message, ...rest);
    };
    const hooks: FailureHooks = {
      get heldFailures() {
        return held.length;
      },
      releaseFailures: () => held.splice(0).forEach((send) => send()),
    };
    (self as unknown as { failureHooks: FailureHooks }).failureHooks = hooks;
  }, title);
}

test('a move whose save fails shows at once, then goes back to its column with a message saying why', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({ title: 'Cold storage sensors', company: 'Frostline' });
  await expect(board.card('Cold storage sensors', 'Lead Generation')).toBeVisible(LONG);

  const worker = await storeWorker(page);
  await failSavesOf(worker, 'Cold storage sensors');
  await board.moveByKeyboard('Cold storage sensors', 'Lead Nurturing');

  // The store has refused the save, but the page has not heard yet: the card shows where it was dropped.
  await expect
    .poll(
      () =>
        worker.evaluate(() => (self as unknown as { failureHooks: FailureHooks }).failureHooks.heldFailures),
      LONG,
    )
    .toBe(1);
  await expect(board.card('Cold storage sensors', 'Lead Nurturing')).toBeVisible();

  await worker.evaluate(() =>
    (self as unknown as { failureHooks: FailureHooks }).failureHooks.releaseFailures(),
  );
  const message = page.locator('.toasts .toast', { hasText: 'Not saved' });
  await expect(message).toBeVisible(LONG);
  await expect(message).toContainText('The disk is full, so nothing was saved');
  await expect(board.card('Cold storage sensors', 'Lead Generation')).toBeVisible(LONG);
  await expect(board.column('Lead Nurturing').getByTestId('column-count')).toHaveText('0');

  // Nothing was written: a fresh start (a new store worker, saving normally) shows it where it was.
  await page.reload();
  await expect(board.card('Cold storage sensors', 'Lead Generation')).toBeVisible(LONG);
});
