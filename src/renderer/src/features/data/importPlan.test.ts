import { defaultStageMap } from '../../../../shared/domains/import';
import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../../../../shared/engine';
import { LOST_TARGET, WON_TARGET, type ImportCandidate } from '../../../../shared/domains/import';
import {
  buildDecisions,
  choicesFor,
  defaultSourceMap,
  describeMatch,
  distinctValues,
  summarise,
  valueCounts,
} from './importPlan';
import { makeCandidate } from '../../../../shared/domains/import/testing/candidate';

let n = 0;
const pipeline = createDefaultPipeline(() => `s${++n}`, 0);
const stageId = (kind: string) => pipeline.stages.find((s) => s.kind === kind)!.id;

const candidate = (row: number): ImportCandidate =>
  makeCandidate(row, { title: `Deal ${row}`, stageId: stageId('lead-generation') });

describe('distinctValues', () => {
  it('keeps the first spelling of each value, ignoring case, spaces and blanks', () => {
    const rows = [
      ['a', 'Lead'],
      ['b', ' lead '],
      ['c', ''],
      ['d', 'Customer'],
      ['e', 'LEAD'],
    ];
    expect(distinctValues(rows, 1)).toEqual({ values: ['Lead', 'Customer'], more: false });
  });
  it('stops at the limit and says there were more', () => {
    expect(distinctValues([['a'], ['b'], ['c']], 0, 2)).toEqual({ values: ['a', 'b'], more: true });
  });
  it('an unmapped column has no values', () => {
    expect(distinctValues([['a']], undefined)).toEqual({ values: [], more: false });
  });
});

describe('defaultStageMap', () => {
  it('matches stage names exactly, CRM words by kind, closing words close the deal, and falls back to the first stage', () => {
    const map = defaultStageMap(
      [
        'sales qualified lead',
        'marketingqualifiedlead',
        'Working - Contacted',
        'opportunity',
        'Closed Won',
        'Closed Lost',
        'Closed - Not Converted',
        'customer',
        'Something odd',
      ],
      pipeline,
    );
    expect(map).toEqual({
      'sales qualified lead': stageId('sql'),
      marketingqualifiedlead: stageId('mql'),
      'Working - Contacted': stageId('nurturing'),
      opportunity: stageId('sql'),
      // Issue 12: a closed deal arrives closed (won counts in win rate), not open in Closed Deal.
      'Closed Won': WON_TARGET,
      'Closed Lost': LOST_TARGET,
      'Closed - Not Converted': LOST_TARGET,
      customer: stageId('post-sale'),
      'Something odd': stageId('lead-generation'),
    });
  });
});

describe('default stages of each CRM’s default pipeline', () => {
  it('are proposed by kind, never falling back silently to the first stage', () => {
    const map = defaultStageMap(
      [
        'Appointment Scheduled',
        'Decision Maker Bought-In',
        'Contract Sent',
        'Needs Analysis',
        'Id. Decision Makers',
        'Contact Made',
        'Negotiations Started',
        'Attempted to Contact',
      ],
      pipeline,
    );
    expect(map).toEqual({
      'Appointment Scheduled': stageId('sal'),
      'Decision Maker Bought-In': stageId('sql'),
      // A contract sent is not a contract signed: the deal is still open.
      'Contract Sent': stageId('sql'),
      'Needs Analysis': stageId('sql'),
      'Id. Decision Makers': stageId('sql'),
      'Contact Made': stageId('sql'),
      'Negotiations Started': stageId('sql'),
      'Attempted to Contact': stageId('nurturing'),
    });
  });

  it('counts the rows holding each value, as names are compared', () => {
    const counts = valueCounts([['Qualified'], ['qualified '], ['Lead'], ['']], 0);
    expect([...counts]).toEqual([
      ['qualified', 2],
      ['lead', 1],
    ]);
  });
});

describe('defaultSourceMap', () => {
  it('reads ids, labels and common CRM words; anything else gets the fallback', () => {
    expect(
      defaultSourceMap(
        ['trial', 'Partner referral', 'Trade Show', 'ORGANIC_SEARCH', 'LinkedIn', 'Webinar', 'Mystery'],
        'campaign',
      ),
    ).toEqual({
      trial: 'trial',
      'Partner referral': 'partner-referral',
      'Trade Show': 'event',
      ORGANIC_SEARCH: 'website-collateral',
      LinkedIn: 'social',
      Webinar: 'public-demo',
      Mystery: 'campaign',
    });
  });
});

describe('duplicates', () => {
  it('an existing deal can be skipped, updated or added again; an earlier row only skipped or added', () => {
    expect(describeMatch('deal-7')).toEqual({ kind: 'deal', dealId: 'deal-7' });
    expect(describeMatch('row:3')).toEqual({ kind: 'row', row: 3 });
    expect(choicesFor({ kind: 'deal', dealId: 'x' })).toEqual(['skip', 'update', 'add']);
    expect(choicesFor({ kind: 'row', row: 3 })).toEqual(['skip', 'add']);
  });

  it('builds one decision per candidate: new rows added, duplicates skipped unless chosen otherwise', () => {
    const candidates = [candidate(2), candidate(3), candidate(4), candidate(5), candidate(6)];
    const duplicates = new Map([
      [3, 'deal-a'],
      [4, 'deal-b'],
      [5, 'row:2'],
      [6, 'row:2'],
    ]);
    const choices = new Map([
      [4, 'update' as const],
      [5, 'add' as const],
      [6, 'update' as const],
    ]);
    const decisions = buildDecisions(candidates, duplicates, choices);
    expect(decisions).toEqual(['add', 'skip', { update: 'deal-b' }, 'add', 'skip']);
    expect(summarise(decisions)).toEqual({ add: 2, update: 1, skip: 2 });
  });
});
