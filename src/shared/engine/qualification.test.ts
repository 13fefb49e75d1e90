import { describe, expect, it } from 'vitest';
import { emptyBant, emptyChamp } from '../model';
import {
  bantMissing,
  champMissing,
  isBantComplete,
  isMqlQuestionSetSatisfied,
  joinLabels,
  lacksBudgetNeedOrTimeframe,
  meetsMqlDefinition,
  mqlUnanswered,
} from './qualification';
import { confirmedBant } from './testing/fixtures';
import { DEFAULT_MQL_QUESTIONS } from './defaults/settings';

describe('BANT / CHAMP helpers', () => {
  it('lists every unconfirmed BANT item with its state, in order', () => {
    const bant = {
      ...emptyBant(),
      authority: { state: 'confirmed' as const, note: 'CFO' },
      need: { state: 'partial' as const, note: '' },
    };
    expect(bantMissing(bant)).toEqual([
      { key: 'budget', label: 'Budget', state: 'unknown' },
      { key: 'need', label: 'Need', state: 'partial' },
      { key: 'timeframe', label: 'Timeframe', state: 'unknown' },
    ]);
    expect(isBantComplete(bant)).toBe(false);
    expect(isBantComplete(confirmedBant())).toBe(true);
    expect(bantMissing(confirmedBant())).toEqual([]);
  });

  it('counts partial as missing for CHAMP too', () => {
    const champ = { ...emptyChamp(), challenges: { state: 'partial' as const, note: '' } };
    expect(champMissing(champ).map((m) => m.key)).toEqual([
      'challenges',
      'authority',
      'money',
      'prioritization',
    ]);
  });

  it('joins labels for sentences', () => {
    expect(joinLabels(['Budget'])).toBe('budget');
    expect(joinLabels(['Budget', 'Need', 'Timeframe'])).toBe('budget, need and timeframe');
    expect(joinLabels([])).toBe('');
  });

  it('steers to nurturing only when budget, need or timeframe is unconfirmed', () => {
    expect(lacksBudgetNeedOrTimeframe(confirmedBant())).toBe(false);
    expect(
      lacksBudgetNeedOrTimeframe({ ...confirmedBant(), authority: { state: 'unknown', note: '' } }),
    ).toBe(false);
    expect(lacksBudgetNeedOrTimeframe({ ...confirmedBant(), need: { state: 'partial', note: '' } })).toBe(
      true,
    );
  });
});

describe('MQL definition', () => {
  const all = Object.fromEntries(DEFAULT_MQL_QUESTIONS.map((q) => [q.id, true]));

  it('is met by BANT plus a specialist meeting, or by every question answered yes', () => {
    const base = { bant: emptyBant(), champ: emptyChamp(), specialistMeeting: false, mqlAnswers: {} };
    expect(meetsMqlDefinition(base, DEFAULT_MQL_QUESTIONS)).toBe(false);
    expect(meetsMqlDefinition({ ...base, bant: confirmedBant() }, DEFAULT_MQL_QUESTIONS)).toBe(false);
    expect(
      meetsMqlDefinition({ ...base, bant: confirmedBant(), specialistMeeting: true }, DEFAULT_MQL_QUESTIONS),
    ).toBe(true);
    expect(meetsMqlDefinition({ ...base, mqlAnswers: all }, DEFAULT_MQL_QUESTIONS)).toBe(true);
  });

  it('treats a "no" answer as unanswered and an empty question set as never satisfied', () => {
    expect(
      mqlUnanswered({ mqlAnswers: { ...all, budget: false } }, DEFAULT_MQL_QUESTIONS).map((q) => q.id),
    ).toEqual(['budget']);
    expect(isMqlQuestionSetSatisfied({ mqlAnswers: {} }, [])).toBe(false);
  });
});
