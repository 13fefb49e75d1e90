// The table runner and builders shared by the transition table tests.
import { describe, expect, it } from 'vitest';
import type { Deal, StageKind } from '../model';
import { Deal as DealSchema, StageHistoryEntry } from '../model';
import type { TransitionContext, TransitionKind, TransitionRequest } from './decision';
import type { Requirement } from './gates';
import { applyTransition, decideTransition } from './transitions';
import { idMaker, makeDeal, makeSignal, stageOf, T0, wonOutcome } from './testing/fixtures';

export const NOW = T0 + 60_000;
export const to = (kind: StageKind) => stageOf(kind).id;
export const move = (
  kind: StageKind,
  extra: Partial<Extract<TransitionRequest, { kind: 'move' }>> = {},
): TransitionRequest => ({
  kind: 'move',
  toStageId: to(kind),
  ...extra,
});
export const won = (kind: StageKind, o: Partial<Deal> = {}) =>
  makeDeal({ status: 'won', outcome: wonOutcome(), ...o }, kind);
export const lost = (kind: StageKind) =>
  makeDeal({ status: 'lost', outcome: { kind: 'lost', reason: 'Price', competitor: '', note: '' } }, kind);
export const highFit: Partial<Deal> = {
  profile: {
    ...makeDeal().profile,
    decisionRole: 'decision-maker',
    companySize: '201-1000',
    industry: 'Software',
  },
};
export const intentSignals = (
  ['trial-request', 'roi-content-request', 'proposal-opened', 'meeting-held'] as const
).map((s) => makeSignal(s, NOW));

export interface Case {
  name: string;
  ctx: TransitionContext;
  req: TransitionRequest;
  allowed: boolean;
  transition: TransitionKind;
  /** Gates of the unmet requirements, in order. */
  unmet?: Requirement['gate'][];
  toKind?: StageKind;
  toStatus?: Deal['status'];
  canOverride?: boolean;
  extra?: (r: ReturnType<typeof applyTransition>) => void;
}

export function runTable(cases: Case[]) {
  describe.each(cases)('$name', (c) => {
    it('decides and applies consistently', () => {
      const before = structuredClone(c.ctx);
      const decision = decideTransition(c.ctx, c.req);
      const result = applyTransition(c.ctx, c.req, { newId: idMaker('hist') });
      expect(c.ctx).toEqual(before);
      expect(result.decision).toEqual(decision);
      expect(decision.allowed).toBe(c.allowed);
      expect(decision.transition).toBe(c.transition);
      expect(decision.message.length).toBeGreaterThan(0);
      if (c.unmet) expect(decision.unmet.map((u) => u.gate)).toEqual(c.unmet);
      if (c.canOverride !== undefined) expect(decision.canOverride).toBe(c.canOverride);
      for (const u of decision.unmet) {
        expect(u.message.length).toBeGreaterThan(0);
        expect(u.fix.label.length).toBeGreaterThan(0);
      }
      if (result.ok) {
        expect(c.allowed).toBe(true);
        expect(DealSchema.parse(result.deal)).toEqual(result.deal);
        expect(StageHistoryEntry.parse(result.history)).toEqual(result.history);
        expect(result.history).toMatchObject({
          fromStageId: c.ctx.deal.stageId,
          toStageId: result.deal.stageId,
          fromStatus: c.ctx.deal.status,
          toStatus: result.deal.status,
          at: c.ctx.now,
        });
        if (c.toKind) expect(result.deal.stageId).toBe(to(c.toKind));
        if (c.toStatus) expect(result.deal.status).toBe(c.toStatus);
      } else {
        expect(c.allowed).toBe(false);
        expect(decision.unmet.length > 0 || decision.transition === 'none').toBe(true);
      }
      c.extra?.(result);
    });
  });
}
