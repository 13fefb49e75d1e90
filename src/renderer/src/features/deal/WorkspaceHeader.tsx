import { useState, type ReactNode } from 'react';
import { LEAD_SOURCE_LABELS } from '../../../../shared/model/values';
import { useDealFlow } from '../../state/dealFlow';
import { DealAmount } from '../../ui/money';
import { requestTransition } from '../../flows/stageChange/moveFlow';
import { dealActions, type DealAction } from '../../../../shared/engine';
import type { HeaderData } from './workspaceData';

const ACTION_LABELS: Record<DealAction, string> = {
  won: 'Mark won',
  lost: 'Mark lost',
  disqualify: 'Disqualify',
  'reject-sal': 'Reject SAL',
  reopen: 'Reopen',
};

/** The header's facts, in order (the placeholder shows the same ones while the deal arrives). */
export const FACT_LABELS = ['Company', 'Stage', 'Status', 'Value', 'Score', 'Source'] as const;

/**
 * Where the deal stands, and every stage action: move, win, lose, disqualify, reject, reopen.
 * Everything here is on the deal's board card too, so it shows from the card the opener held
 * while the deal's record is on its way (see workspaceData.ts, `headerData`).
 */
export function WorkspaceHeader({ header }: { header: HeaderData }) {
  const { deal, pipeline, stage } = header;
  const showDialog = useDealFlow((s) => s.showDialog);
  const [target, setTarget] = useState('');
  const open = deal.status === 'open';
  const closed = deal.status === 'lost' || deal.status === 'disqualified' || deal.status === 'won';
  const move = () => {
    const to = pipeline.stages.find((s) => s.id === target);
    if (!to) return;
    if (to.kind === 'closed' && open)
      showDialog({ kind: 'close', dealId: deal.id, title: deal.title, outcome: 'won' });
    else void requestTransition(deal.id, deal.title, { kind: 'move', toStageId: to.id });
  };
  const dialog = (kind: 'won' | 'lost' | 'disqualify' | 'reject-sal' | 'reopen') =>
    kind === 'won' || kind === 'lost'
      ? showDialog({ kind: 'close', dealId: deal.id, title: deal.title, outcome: kind })
      : showDialog({ kind: 'exit', dealId: deal.id, title: deal.title, mode: kind });
  const facts: Record<(typeof FACT_LABELS)[number], ReactNode> = {
    Company: deal.companyName || '—',
    Stage: stage?.name ?? 'Unknown stage',
    Status: deal.status,
    Value: <DealAmount value={deal.value} currency={deal.currency} />,
    Score: Math.round(deal.score),
    Source: LEAD_SOURCE_LABELS[deal.source],
  };
  return (
    <div className="workspace-header">
      <dl className="facts">
        {FACT_LABELS.map((label) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd className={label === 'Status' ? `status status-${deal.status}` : undefined}>
              {facts[label]}
            </dd>
          </div>
        ))}
      </dl>
      <div className="stage-actions">
        {!closed || deal.status === 'won' ? (
          <>
            <label className="visually-hidden" htmlFor="move-target">
              Move to stage
            </label>
            <select id="move-target" value={target} onChange={(e) => setTarget(e.target.value)}>
              <option value="">Move to…</option>
              {pipeline.stages
                .filter((s) => s.id !== deal.stageId)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
            <button type="button" onClick={move} disabled={!target}>
              Move
            </button>
          </>
        ) : null}
        {dealActions(deal, stage?.kind).map((action) => (
          <button key={action} type="button" onClick={() => dialog(action)}>
            {ACTION_LABELS[action]}
          </button>
        ))}
      </div>
    </div>
  );
}
