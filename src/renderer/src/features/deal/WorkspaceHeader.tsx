import { useState } from 'react';
import { LEAD_SOURCE_LABELS } from '../../../../shared/model';
import { useDealFlow } from '../../state/dealFlow';
import { DealAmount } from '../../ui/money';
import { requestTransition } from '../../flows/stageChange/moveFlow';
import { dealActions, type DealAction } from '../../../../shared/engine';

const ACTION_LABELS: Record<DealAction, string> = {
  won: 'Mark won',
  lost: 'Mark lost',
  disqualify: 'Disqualify',
  'reject-sal': 'Reject SAL',
  reopen: 'Reopen',
};
import type { WorkspaceData } from './workspaceData';

/** Where the deal stands, and every stage action: move, win, lose, disqualify, reject, reopen. */
export function WorkspaceHeader({ data }: { data: WorkspaceData }) {
  const { deal } = data.detail;
  const { pipeline, stage } = data;
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
  return (
    <div className="workspace-header">
      <dl className="facts">
        <div>
          <dt>Stage</dt>
          <dd>{stage?.name ?? 'Unknown stage'}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd className={`status status-${deal.status}`}>{deal.status}</dd>
        </div>
        <div>
          <dt>Value</dt>
          <dd>
            <DealAmount value={deal.value} currency={deal.currency} />
          </dd>
        </div>
        <div>
          <dt>Score</dt>
          <dd>{Math.round(deal.score)}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{LEAD_SOURCE_LABELS[deal.source]}</dd>
        </div>
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
