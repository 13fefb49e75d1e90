import { lazy, Suspense, type ComponentType } from 'react';
import type { DealDetail } from '../../../../shared/rpc/views';

type PanelModule = { HandoffPanel: ComponentType<{ detail: DealDetail }> };

// HANDOFF PANEL SLOT: the handoff feature's editor (features/handoff/HandoffPanel.tsx) is picked
// up here when that file exists; until then the workspace shows the checklist's progress only.
const modules = import.meta.glob<PanelModule>('../handoff/HandoffPanel.tsx');
const load = Object.values(modules)[0];
const HandoffPanel = load ? lazy(() => load().then((m) => ({ default: m.HandoffPanel }))) : null;

/** The handoff checklist of a deal that has one. */
export function HandoffSlot({ detail }: { detail: DealDetail }) {
  const handoff = detail.handoff;
  if (!handoff) return null;
  const items = handoff.sections.flatMap((s) => s.items);
  const done = items.filter((i) => i.done).length;
  return (
    <section className="ws-section" aria-label="Handoff">
      <h2>Handoff checklist</h2>
      <p>
        <progress max={items.length || 1} value={done} aria-label="Handoff checklist progress" /> {done} of{' '}
        {items.length} items done
      </p>
      {HandoffPanel && (
        <Suspense fallback={<p aria-busy="true">Loading the checklist…</p>}>
          <HandoffPanel detail={detail} />
        </Suspense>
      )}
    </section>
  );
}
