import type { MessageTemplate, StageKind } from '../../model';

/** The templates to offer on a deal: those written for its stage first, then any-stage, then the rest. */
export function templatesForStage(
  templates: readonly MessageTemplate[],
  stageKind: StageKind | undefined,
): MessageTemplate[] {
  const rank = (t: MessageTemplate) => (t.stageKind === stageKind ? 0 : t.stageKind === null ? 1 : 2);
  return templates
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
    .map(({ t }) => t);
}
