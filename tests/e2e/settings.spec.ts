import { expect, test } from '@playwright/test';
import { PipelineBoard } from './app';

test('settings: rename, add and remove stages without losing a deal; reasons reach the close dialog', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.addLead({ title: 'Kiosk refresh', company: 'Litware' });
  await board.moveByKeyboard('Kiosk refresh', 'Lead Nurturing');
  await expect(board.card('Kiosk refresh', 'Lead Nurturing')).toBeVisible();

  await board.openSettings();
  const stages = page.getByRole('region', { name: 'Stages' });
  const nurturing = stages.getByRole('listitem', { name: /Lead Nurturing$/ });
  await nurturing.getByLabel('Name').fill('Nurture');
  await nurturing.getByLabel('Probability (%)').fill('15');
  // One Save for the whole stage list.
  await expect(stages.getByRole('button', { name: /^Save/ })).toHaveCount(1);
  await stages.getByRole('button', { name: 'Save stages' }).click();
  await expect(stages.getByRole('form', { name: 'Stage settings' }).getByRole('status')).toHaveText('Saved');
  await expect(stages.getByRole('listitem', { name: /Nurture$/ })).toBeVisible();

  const addStage = page.getByRole('form', { name: 'Add a stage' });
  await addStage.getByLabel('New stage').fill('Technical review');
  await addStage.getByLabel('Position').selectOption({ label: 'Before Closed Deal' });
  await addStage.getByRole('button', { name: 'Add stage' }).click();
  await expect(stages.getByRole('listitem', { name: 'Stage 6: Technical review' })).toBeVisible();

  // Removing a stage that holds a deal asks where the deal goes.
  await stages.getByRole('button', { name: 'Remove Nurture' }).click();
  const where = stages.getByRole('group', { name: 'Remove Nurture' });
  await expect(where).toContainText('holds deals');
  await where.getByLabel('Move its deals to').selectOption({ label: 'Lead Generation' });
  await where.getByRole('button', { name: 'Move deals and remove' }).click();
  await expect(stages.getByRole('listitem', { name: /Nurture$/ })).toHaveCount(0);

  // Lost reasons.
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: 'Won, lost and disqualify reasons' })
    .click();
  const lost = page.getByRole('region', { name: 'Lost reasons' });
  await lost.getByRole('button', { name: 'Add' }).click();
  await lost
    .getByLabel(/Lost reasons \d+/)
    .last()
    .fill('Went dark');
  await lost.getByRole('button', { name: 'Save lost reasons' }).click();
  await expect(lost.getByRole('status')).toHaveText('Saved');

  // Scoring threshold.
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: 'Lead scoring' })
    .click();
  const scoring = page.getByRole('form', { name: 'Lead scoring' });
  await scoring.getByLabel('Auto-accept as SAL at score').fill('65');
  await scoring.getByRole('button', { name: 'Save scoring' }).click();
  await expect(scoring.getByRole('status')).toHaveText('Saved');

  // Back on the board: the new stage is a column, the deal survived, the new reason is offered.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Pipeline' }).click();
  await expect(board.column('Technical review')).toBeVisible();
  await expect(board.column('Nurture')).toHaveCount(0);
  const ws = await board.openDeal('Kiosk refresh');
  await expect(board.card('Kiosk refresh', 'Lead Generation')).toBeVisible();
  await ws.getByRole('button', { name: 'Mark lost' }).click();
  await expect(page.getByRole('dialog', { name: 'Close Kiosk refresh' }).getByLabel('Reason')).toContainText(
    'Went dark',
  );

  await page.reload();
  await board.openSettings();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: 'Lead scoring' })
    .click();
  await expect(page.getByLabel('Auto-accept as SAL at score')).toHaveValue('65');
});

test('settings: the pipeline chooses its qualification framework, and the choice is kept', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.openSettings();
  const framework = page.getByRole('region', { name: 'Pipeline' }).getByLabel('Qualification framework');
  await expect(framework).toHaveValue('bant');
  await framework.selectOption({ label: 'CHAMP (challenges, authority, money, prioritization)' });
  await expect(page.getByRole('region', { name: 'Pipeline' }).getByRole('status')).toHaveText(/saved/i, {
    timeout: 30_000,
  });
  await page.reload();
  await board.openSettings();
  await expect(
    page.getByRole('region', { name: 'Pipeline' }).getByLabel('Qualification framework'),
  ).toHaveValue('champ', { timeout: 30_000 });
});

test('a new pipeline is one click from the board, and the board switches between pipelines', async ({
  page,
}) => {
  const board = new PipelineBoard(page);
  await board.open();
  await board.openSettings();
  await page.getByRole('button', { name: 'New pipeline from the template' }).click();
  await expect(page.getByRole('region', { name: 'Pipeline' }).getByLabel('Name')).toHaveValue('New pipeline');
  await page.getByRole('button', { name: 'Show it on the board' }).click();
  // The board, with the new pipeline, and a switcher back.
  await expect(page.getByRole('region', { name: 'New pipeline board' })).toBeVisible();
  const switcher = page.getByLabel('Pipeline', { exact: true });
  await switcher.selectOption({ label: 'Sales pipeline' });
  await expect(page.getByRole('region', { name: 'Sales pipeline board' })).toBeVisible();
});
