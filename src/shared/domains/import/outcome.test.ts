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
