import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';

test('the deal workspace: edit, contacts, profile and score, two-keystroke logging, guidance, close lost', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({
    title: 'Analytics rollout',
    company: 'Northwind',
    contact: 'Priya Patel',
    value: 10000,
  });

  // Enter on a focused card opens the workspace; Escape closes it and focus returns to the card.
  await board.card('Analytics rollout').focus();
  await page.keyboard.press('Enter');
  const ws = board.workspace();
  await expect(ws).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ws).toBeHidden();
  await expect(board.card('Analytics rollout')).toBeFocused();
  await page.keyboard.press('Enter');

  // Editable fields.
  const details = ws.getByRole('form', { name: 'Deal details' });
  await details.getByLabel('Value').fill('25000');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByRole('status')).toHaveText('Saved');
  await expect(board.column('Lead Generation').getByTestId('column-total')).toHaveAttribute(
    'data-value',
    '25000',
  );

  // Customer profile feeds the lead score.
  const profile = ws.getByRole('form', { name: 'Customer profile' });
  await profile.getByLabel('Company size (employees)').selectOption('201-1000');
  await profile.getByLabel('Industry').fill('Software');
  await profile.getByLabel('Consulting').check();
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Saved');
  await ws.getByRole('tab', { name: 'Qualification' }).click();
  const score = ws.getByRole('region', { name: 'Lead score' });
  await expect(score).toContainText('company size 201-1000 employees');
  await expect(score).toContainText('target industry (Software)');

  // Contacts with their role in the decision.
  await ws.getByRole('tab', { name: 'Contacts' }).click();
  await ws.getByLabel('Role of Priya Patel').selectOption('decision-maker');
  const add = ws.getByRole('form', { name: 'Add a contact' });
  await add.getByLabel('Name').fill('Tom Berg');
  await add.getByLabel('Role in the decision').selectOption('blocker');
  await add.getByRole('button', { name: 'Add contact' }).click();
  await expect(ws.getByLabel('Role of Tom Berg')).toHaveValue('blocker');
  await expect(ws.getByLabel('Role of Priya Patel')).toHaveValue('decision-maker');

  // Two keystrokes: "c" then Enter logs a call; "s", pick the signal, Enter logs it and proposes a call.
  await ws.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('c');
  await expect(ws.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
  await expect(ws.getByLabel('Subject')).toBeFocused();
  await page.keyboard.press('Enter');
  const timeline = ws.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Call', { exact: true })).toBeVisible();
  await ws.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('s');
  await ws.getByLabel('Signal', { exact: true }).selectOption('proposal-opened');
  await ws.getByLabel('Subject').press('Enter');
  await expect(timeline).toContainText('Signal: opened the proposal');
  await expect(page.getByRole('region', { name: 'Proposed next step' })).toContainText(
    'Call now: they opened the proposal',
  );
  await page
    .getByRole('region', { name: 'Proposed next step' })
    .getByRole('button', { name: 'Skip' })
    .click();
  await expect(timeline).toContainText('Entered Lead Generation');

  // Stage guidance.
  await ws.getByRole('tab', { name: 'Guidance' }).click();
  await expect(
    ws.getByRole('region', { name: 'Questions to ask' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(ws.getByRole('region', { name: 'Exit criteria' })).toContainText(
    'Requirements to enter Lead Nurturing',
  );

  // Pause: not stale until the date.
  await ws.getByRole('tab', { name: 'Overview' }).click();
  await ws.getByRole('button', { name: 'Pause this deal…' }).click();
  await ws.getByLabel('Pause until').fill('2099-01-15');
  await ws.getByLabel('Note', { exact: true }).fill('Budget cycle restarts');
  await ws.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(ws.getByRole('region', { name: 'Pause' })).toContainText(
    'Paused until Thu, Jan 15, 2099: Budget cycle restarts',
  );

  // Mark lost with a reason from the settings: it leaves the board.
  await ws.getByRole('button', { name: 'Mark lost' }).click();
  const close = page.getByRole('dialog', { name: 'Close Analytics rollout' });
  await close.getByLabel('Reason').selectOption('Chose a competitor');
  await close.getByLabel('Competitor', { exact: true }).fill('Contoso');
  await close.getByRole('button', { name: 'Mark lost' }).click();
  await expect(ws.getByText('lost', { exact: true })).toBeVisible();
  await expect(board.card('Analytics rollout')).toHaveCount(0);
  await expect(ws.getByRole('button', { name: 'Reopen' })).toBeVisible();
});

test('winning a deal dropped on Closed Deal records the outcome', async ({ page }) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({ title: 'Payroll suite', company: 'Fabrikam', value: 30000 });
  await board.drag('Payroll suite', 'Closed Deal');
  const close = page.getByRole('dialog', { name: 'Close Payroll suite' });
  await expect(close).toBeVisible();
  await close.getByLabel('Contract value').fill('32000');
  await close.getByLabel('PO number').fill('PO-778');
  await close.getByLabel('a reference').check();
  // The reason is asked for: without one the dialog does not close.
  await close.getByRole('button', { name: 'Mark won' }).click();
  await expect(close).toBeVisible();
  await close.getByLabel('Why did you win it?').selectOption('Speed of implementation');
  await close.getByRole('button', { name: 'Mark won' }).click();
  // Winning from Lead Generation passes over gated stages: the engine says what is missing.
  const blocked = page.getByRole('dialog', { name: /cannot move yet/ });
  await expect(blocked).toBeVisible();
  await expect(blocked).toContainText('BANT is not complete');
  await expect(blocked.getByRole('button', { name: 'Override and move' })).toBeDisabled();
  await blocked.getByLabel('Override with a reason').fill('Signed directly by the CFO after a referral');
  await blocked.getByRole('button', { name: 'Override and move' }).click();
  await expect(board.card('Payroll suite', 'Closed Deal')).toContainText('Won');
  await expect(board.column('Closed Deal').getByTestId('column-total')).toHaveAttribute(
    'data-value',
    '32000',
  );
});

test('how a deal was won shows on the deal, and why it was won shows in Insights beside lost reasons', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({ title: 'Payroll suite', company: 'Fabrikam', value: 30000 });
  const ws = await board.openDeal('Payroll suite');
  await ws.getByRole('button', { name: 'Mark won' }).click();
  const close = page.getByRole('dialog', { name: 'Close Payroll suite' });
  await close.getByLabel('Why did you win it?').selectOption('Referral or reputation');
  await close.getByLabel('Contract value').fill('32000.50');
  await close.getByLabel('PO number').fill('PO-991');
  await close.getByLabel('Commission', { exact: true }).fill('8');
  await close.getByLabel('a case study').check();
  await close.getByRole('button', { name: 'Mark won' }).click();
  const blocked = page.getByRole('dialog', { name: /cannot move yet/ });
  await blocked.getByLabel('Override with a reason').fill('Signed directly by the CFO after a referral');
  await blocked.getByRole('button', { name: 'Override and move' }).click();
  await expect(ws.locator('.status')).toHaveText('won');

  // A won deal opens on its handoff and how it closed.
  const closed = ws.getByRole('region', { name: 'Closed won' });
  await expect(closed).toContainText('Referral or reputation');
  await expect(closed).toContainText('PO-991');
  await expect(closed).toContainText('8 %');
  await expect(closed).toContainText('$32,000.50');
  const handoff = await ws.getByRole('button', { name: 'Open follow-on opportunity' }).boundingBox();
  const facts = await ws.getByRole('heading', { name: 'Details' }).boundingBox();
  expect(handoff!.y).toBeLessThan((await closed.boundingBox())!.y);
  expect((await closed.boundingBox())!.y).toBeLessThan(facts!.y);
  await ws.getByRole('button', { name: 'Close the deal workspace' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Insights' }).click();
  const why = page.getByRole('region', { name: 'Why we won' });
  await why.getByRole('button', { name: 'Table of Why we won' }).click();
  await expect(why.getByRole('row', { name: /Referral or reputation 1/ })).toBeVisible();
});
