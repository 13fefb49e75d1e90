import { expect, test } from '@playwright/test';
import { FieldlineApp, PipelineBoard } from './app';

const LONG = { timeout: 30_000 };

test('two tabs on one profile see each other’s changes without a reload', async ({ context }) => {
  const first = new FieldlineApp(await context.newPage());
  const second = new FieldlineApp(await context.newPage());
  await first.open();
  await second.open();
  await first.quickAdd({ title: 'Seen in both tabs', company: 'Tidewater Logistics' });
  await expect(second.column('Lead Generation').getByText('Seen in both tabs')).toBeVisible(LONG);
  await second.quickAdd({ title: 'And back again', company: 'Cobalt Labs' });
  await expect(first.column('Lead Generation').getByText('And back again')).toBeVisible(LONG);
});

test('a card pressed while another tab’s change slides a new card under the pointer still opens when released', async ({
  context,
}) => {
  const first = new PipelineBoard(await context.newPage());
  const second = new FieldlineApp(await context.newPage());
  await first.open();
  await second.open();
  await first.quickAdd({ title: 'The pressed deal', company: 'Tidewater Logistics', value: 1_000 });
  await first.column('Lead Generation').getByLabel('Sort Lead Generation by').selectOption('value');
  const pressed = first.card('The pressed deal', 'Lead Generation');
  await expect(pressed).toBeVisible(LONG);
  const box = (await pressed.boundingBox())!;
  await first.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await first.page.mouse.down();
  // While the button is held, a bigger deal from the other tab sorts above it: the card under the
  // pointer is now another element, so the browser sends the click to the list they share.
  await second.quickAdd({ title: 'Slid in above', company: 'Cobalt Labs', value: 900_000 });
  const slid = first.card('Slid in above', 'Lead Generation');
  await expect(slid).toBeVisible(LONG);
  await expect(first.column('Lead Generation').locator('[data-deal-id]').first()).toContainText(
    'Slid in above',
  );
  await first.page.mouse.up();
  // The rep pressed and released on one card without moving: that card opens, not nothing.
  await expect(first.workspace().getByRole('heading', { name: 'The pressed deal' })).toBeVisible(LONG);
});
