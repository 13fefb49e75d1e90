import { describe, expect, it } from 'vitest';
import { mapRows } from './map-rows';
import { LOST_TARGET, outcomeOfWord, WON_TARGET } from './outcome';

describe('outcomes from each CRM’s own words', () => {
  it.each([
    ['Closed Won', 'won'],
    ['closedwon', 'won'],
    ['won', 'won'],
    ['Closed - Converted', 'won'],
    ['Closed Lost', 'lost'],
    ['lost', 'lost'],
    ['Closed - Not Converted', 'lost'],
    ['open', 'open'],
    ['Appointment Scheduled', null],
    ['', null],
  ])('%s → %s', (word, outcome) => {
    expect(outcomeOfWord(word)).toBe(outcome);
  });

  it('a status column (Pipedrive’s Deal - Status) decides; a closing stage value closes; lost keeps its reason', () => {
    const { candidates } = mapRows(
      [
        ['Won by status', 'Qualified', 'won', ''],
        ['Lost by status', 'Proposal Made', 'lost', 'Price'],
        ['Won by stage', 'Closed Won', '', ''],
        ['Lost by stage', 'Closed Lost', '', 'No budget'],
        ['Open', 'Qualified', 'open', ''],
        ['Reopened', 'Closed Won', 'open', ''],
      ],
      { title: 0, stage: 1, status: 2, lostReason: 3 },
      {
        stageMap: {
          Qualified: 'sql',
          'Proposal Made': 'sql',
          'Closed Won': WON_TARGET,
          'Closed Lost': LOST_TARGET,
        },
        sourceMap: {},
        defaultStageId: 'lead',
        closedStageId: 'closed',
        defaultSource: 'campaign',
      },
    );
    expect(candidates.map((c) => [c.title, c.stageId, c.status ?? 'open', c.lostReason ?? ''])).toEqual([
      ['Won by status', 'closed', 'won', ''],
      ['Lost by status', 'sql', 'lost', 'Price'],
      ['Won by stage', 'closed', 'won', ''],
      ['Lost by stage', 'lead', 'lost', 'No budget'],
      ['Open', 'sql', 'open', ''],
      // The status column says open although the stage value closed it: open, in the default stage.
      ['Reopened', 'lead', 'open', ''],
    ]);
  });
});

describe("Salesforce's IsWon / IsClosed columns", () => {
  const opts = {
    stageMap: {},
    sourceMap: {},
    defaultStageId: 's1',
    closedStageId: 's6',
    defaultSource: 'event' as const,
  };
  const row = (isWon: string, isClosed: string) =>
    mapRows([['Deal', isWon, isClosed]], { title: 0, isWon: 1, isClosed: 2 }, opts).candidates[0];

  it.each([
    ['true', 'true', 'won', 's6'],
    ['false', 'true', 'lost', 's1'],
    ['false', 'false', undefined, 's1'],
    ['', '', undefined, 's1'],
  ])('IsWon %s, IsClosed %s → %s', (isWon, isClosed, status, stageId) => {
    expect(row(isWon, isClosed)).toMatchObject({ stageId });
    expect(row(isWon, isClosed)?.status).toBe(status);
  });
});

describe('the currency of a row', () => {
  const opts = { stageMap: {}, sourceMap: {}, defaultStageId: 's1', defaultSource: 'event' as const };

  it('comes from the currency column, else from the amount itself', () => {
    const { candidates, rejects } = mapRows(
      [
        ['A', '12.500,50', 'eur'],
        ['B', '€900', ''],
        ['C', '1,200', ''],
        ['D', '5', 'Euro'],
      ],
      { title: 0, value: 1, currency: 2 },
      opts,
    );
    expect(candidates.map((c) => [c.title, c.value, c.currency])).toEqual([
      ['A', 12500.5, 'EUR'],
      ['B', 900, 'EUR'],
      ['C', 1200, undefined],
    ]);
    expect(rejects).toEqual([
      {
        row: 5,
        values: ['D', '5', 'Euro'],
        reason: 'Currency "Euro" is not a three-letter currency code such as EUR.',
      },
    ]);
  });
});
