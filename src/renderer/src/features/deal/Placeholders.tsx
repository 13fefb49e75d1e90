import { FACT_LABELS } from './WorkspaceHeader';

/**
 * What the workspace shows of a part whose data is on its way: the same frame, labelled, so
 * nothing jumps when it fills in (never a bare spinner).
 */

/** The header's facts, named, until the deal arrives (opened without a card: palette, link…). */
export function HeaderPlaceholder() {
  return (
    <div className="workspace-header" aria-busy="true">
      <dl className="facts">
        {FACT_LABELS.map((label) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className="placeholder-value">…</dd>
          </div>
        ))}
      </dl>
      <div className="stage-actions">
        <span className="placeholder-note">Loading the deal…</span>
      </div>
    </div>
  );
}

/** A tab's panel until the deal's record, timeline and contacts arrive. */
export function PanelPlaceholder({ label }: { label: string }) {
  return (
    <div className="panel-placeholder" aria-busy="true">
      <p className="placeholder-note">Loading the {label.toLowerCase()}…</p>
      <div className="placeholder-block" aria-hidden="true" />
      <div className="placeholder-block" aria-hidden="true" />
    </div>
  );
}
