import { expect, test } from '@playwright/test';
import { FieldlineApp } from './app';

/** In the page before its scripts: every store request and answer on its ports, in order. */
function logStoreCalls() {
  const log: string[] = [];
  (window as unknown as { storeLog: string[] }).storeLog = log;
  const methods = new Map<number, string>();
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (this: MessagePort, message: unknown, ...rest: never[]) {
    const m = message as { kind?: string; id?: number; method?: string } | null;
    if (m?.kind === 'request' && m.id !== undefined && m.method) {
      methods.set(m.id, m.method);
      log.push(`sent ${m.method}`);
    }
    return post.call(this, message, ...rest);
  } as typeof post;
  const add = MessagePort.prototype.addEventListener;
  MessagePort.prototype.addEventListener = function (
    this: MessagePort,
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (type !== 'message' || typeof listener !== 'function') return add.call(this, type, listener, options);
    const logged = (event: Event) => {
      const data = (event as MessageEvent).data as { kind?: string; id?: number } | null;
      if (data?.kind === 'response' && data.id !== undefined) log.push(`answered ${methods.get(data.id)}`);
      listener(event);
    };
    return add.call(this, type, logged, options);
  } as typeof add;
}

/**
 * Start-up order in the real page and worker: the board's pages reach the store first; the
 * follow-ups badge, My numbers and the reminder loop's first claim are sent only once the last
 * page has been answered (state/startupOrder.ts).
 */
test('at start-up the board is read before the badge, My numbers and the reminders ask the store anything', async ({
  page,
}) => {
  const app = new FieldlineApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Load sample pipeline' }).click();
  await expect(app.column('Lead Generation').getByRole('listitem').first()).toBeVisible();

  await page.addInitScript(logStoreCalls);
  await page.reload();
  await expect(app.column('Lead Generation').getByRole('listitem').first()).toBeVisible();
  const later = ['sent followUps.claimDue', 'sent followUps.dueCounts', 'sent insights.numbers'];
  const log = () => page.evaluate(() => (window as unknown as { storeLog: string[] }).storeLog);
  const sentOf = async () => {
    const calls = await log();
    return later.filter((call) => calls.includes(call));
  };
  await expect.poll(sentOf, { timeout: 60_000 }).toEqual(later);
  const calls = await log();
  const boardRead = calls.lastIndexOf('answered board.page');
  expect(boardRead).toBeGreaterThan(-1);
  for (const call of later) expect(calls.indexOf(call), call).toBeGreaterThan(boardRead);
});
