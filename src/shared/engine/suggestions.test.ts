import { describe, expect, it } from 'vitest';
import type { Deal, FollowUp, StageKind } from '../model';
import type { SuggestInput } from './suggestions';
import { suggestNext } from './suggestions';
import { defaultSettings } from './defaults/settings';
import {
  confirmedBant,
  makeDeal,
  makeSignal,
  stageOf,
  T0,
  testPipeline,
  wonOutcome,
} from './testing/fixtures';
import { DAY_MS, HOUR_MS } from './time';

const followUp = (dueAt: number, note = 'Call about pricing'): FollowUp => ({
  id: 'fu-1',
  dealId: 'deal-1',
  contactId: null,
  dueAt,
  hasTime: true,
  type: 'call',
  note,
  status: 'open',
  firedAt: null,
  completedAt: null,
  createdAt: T0,
  updatedAt: T0,
});

function suggest(deal: Deal, extra: Partial<SuggestInput> = {}) {
  return suggestNext({
    deal,
    pipeline: testPipeline,
    settings: defaultSettings(),
    activities: [],
    openFollowUps: [followUp(T0 + DAY_MS)],
    now: T0 + HOUR_MS,
    ...extra,
  });
}
const texts = (deal: Deal, extra: Partial<SuggestInput> = {}) => suggest(deal, extra).map((s) => s.text);
const inStage = (kind: StageKind, o: Partial<Deal> = {}) => makeDeal(o, kind);

describe('suggestNext', () => {
  it('Lead Generation meeting BANT and a specialist → move to MQL', () => {
    const [first] = suggest(inStage('lead-generation', { bant: confirmedBant(), specialistMeeting: true }));
    expect(first).toEqual({
      kind: 'advance',
      text: 'meets BANT and agreed to meet a specialist — move to Marketing Qualified Lead',
      action: { type: 'move', toStageId: stageOf('mql').id },
    });
  });

  it('interested lead without budget, need or timeframe → Lead Nurturing', () => {
    const s = suggest(inStage('lead-generation'), { activities: [makeSignal('webinar-attended', T0)] });
    expect(s.find((x) => x.kind === 'nurture')).toEqual({
      kind: 'nurture',
      text: 'Interested but no defined budget, need or timeframe — move to Lead Nurturing',
      action: { type: 'move', toStageId: stageOf('nurturing').id },
    });
  });

  it('MQL with a score ≥ 80 → auto-accept as SAL', () => {
    const deal = inStage('mql', {
      profile: {
        ...makeDeal().profile,
        decisionRole: 'decision-maker',
        companySize: '201-1000',
        industry: 'Software',
      },
    });
    const activities = (['trial-request', 'roi-content-request', 'meeting-held'] as const).map((s) =>
      makeSignal(s, T0),
    );
    const advance = suggest(deal, { activities }).find((s) => s.kind === 'advance');
    expect(advance?.text).toBe('score 87 ≥ 80 — auto-accept as Sales Accepted Lead');
  });

  it('no open follow-up → "No next step scheduled" with a proposed one', () => {
    const s = suggest(inStage('nurturing'), { openFollowUps: [] });
    const next = s.find((x) => x.kind === 'no-next-step');
    expect(next?.text).toBe('No next step scheduled');
    expect(next?.action?.type).toBe('schedule');
  });

  it('stale deals come before advancing, overdue follow-ups first of all', () => {
    const deal = inStage('nurturing', { bant: confirmedBant(), specialistMeeting: true });
    const now = T0 + 16 * DAY_MS;
    const s = suggest(deal, { now, openFollowUps: [] });
    expect(s.map((x) => x.kind)).toEqual(['stale', 'advance']);
    expect(s[0]?.text).toBe('stale: 16 days without activity in Lead Nurturing');
    const withOverdue = suggest(deal, { now, openFollowUps: [followUp(now - 2 * DAY_MS)] });
    expect(withOverdue[0]?.text).toBe('Overdue: Call about pricing (due 2 days ago)');
  });

  it('an unanswered trial request → call now; answered by a call → nothing', () => {
    const trial = makeSignal('trial-request', T0);
    const s = texts(inStage('nurturing'), { activities: [trial], now: T0 + 3 * HOUR_MS });
    expect(s).toContain('requested a trial 3 h ago — Call now: they requested a trial');
    const call = {
      ...makeSignal('trial-request', T0 + HOUR_MS),
      id: 'call',
      type: 'call' as const,
      signal: null,
    };
    expect(
      texts(inStage('nurturing'), { activities: [trial, call], now: T0 + 3 * HOUR_MS }).join(),
    ).not.toMatch(/Call now/);
  });

  it('names what blocks the next stage', () => {
    expect(texts(inStage('sal', { lastActivityAt: T0 + 1 }))).toEqual([
      "To reach Sales Qualified Lead: validate the lead's data",
      'To reach Sales Qualified Lead: log a purchase-intent signal',
    ]);
    expect(texts(inStage('sql', { expectedClose: null }))).toEqual([
      'Set the expected close date (it feeds the forecast)',
      'Ask a trial-close question; record the win when the contract is signed',
    ]);
  });

  it('won deals: move to Post-Sale, then start the handoff', () => {
    const won = { status: 'won' as const, outcome: wonOutcome() };
    expect(texts(inStage('closed', won))).toEqual(['won — move to Post-Sale and start the handoff']);
    expect(texts(inStage('post-sale', won))).toEqual(['Start the handoff checklist for customer success']);
    expect(texts(inStage('post-sale', won), { hasHandoff: true })).toEqual([]);
  });

  it('lost deals get no suggestions', () => {
    const lost = inStage('sql', {
      status: 'lost',
      outcome: { kind: 'lost', reason: 'Price', competitor: '', note: '' },
    });
    expect(suggest(lost)).toEqual([]);
  });
});
