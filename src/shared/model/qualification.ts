import { z } from 'zod';
import type { BANT_KEYS, CHAMP_KEYS } from './vocabulary';
import { QUAL_FRAMEWORKS } from './vocabulary';
import { ShortText } from './common';

/** How much we know about one qualification item. */
export const QualState = z.enum(['unknown', 'partial', 'confirmed']);
export type QualState = z.infer<typeof QualState>;

export const QualItem = z.object({ state: QualState, note: ShortText });
export type QualItem = z.infer<typeof QualItem>;

export type BantKey = (typeof BANT_KEYS)[number];
export const Bant = z.object({
  budget: QualItem,
  authority: QualItem,
  need: QualItem,
  timeframe: QualItem,
});
export type Bant = z.infer<typeof Bant>;

export type ChampKey = (typeof CHAMP_KEYS)[number];
export const Champ = z.object({
  challenges: QualItem,
  authority: QualItem,
  money: QualItem,
  prioritization: QualItem,
});
export type Champ = z.infer<typeof Champ>;

export const QualFramework = z.enum(QUAL_FRAMEWORKS);
export type QualFramework = z.infer<typeof QualFramework>;
