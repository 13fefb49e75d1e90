import { z } from 'zod';
import { ShortText } from './common';

/** How much we know about one qualification item. */
export const QualState = z.enum(['unknown', 'partial', 'confirmed']);
export type QualState = z.infer<typeof QualState>;

export const QualItem = z.object({ state: QualState, note: ShortText });
export type QualItem = z.infer<typeof QualItem>;

export const BANT_KEYS = ['budget', 'authority', 'need', 'timeframe'] as const;
export type BantKey = (typeof BANT_KEYS)[number];
export const Bant = z.object({
  budget: QualItem,
  authority: QualItem,
  need: QualItem,
  timeframe: QualItem,
});
export type Bant = z.infer<typeof Bant>;

export const CHAMP_KEYS = ['challenges', 'authority', 'money', 'prioritization'] as const;
export type ChampKey = (typeof CHAMP_KEYS)[number];
export const Champ = z.object({
  challenges: QualItem,
  authority: QualItem,
  money: QualItem,
  prioritization: QualItem,
});
export type Champ = z.infer<typeof Champ>;

/** Which framework qualifies a lead for MQL in a pipeline (the rep's choice). */
export const QUAL_FRAMEWORKS = ['bant', 'champ', 'either'] as const;
export const QualFramework = z.enum(QUAL_FRAMEWORKS);
export type QualFramework = z.infer<typeof QualFramework>;

const unknownItem = (): QualItem => ({ state: 'unknown', note: '' });

export function emptyBant(): Bant {
  return { budget: unknownItem(), authority: unknownItem(), need: unknownItem(), timeframe: unknownItem() };
}

export function emptyChamp(): Champ {
  return {
    challenges: unknownItem(),
    authority: unknownItem(),
    money: unknownItem(),
    prioritization: unknownItem(),
  };
}
