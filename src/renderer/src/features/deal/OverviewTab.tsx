import { DealFields } from './DealFields';
import { HandoffSlot } from './handoff/HandoffSlot';
import { OutcomePanel } from './OutcomePanel';
import { PausePanel } from './PausePanel';
import { ProfileForm } from './ProfileForm';
import { SuggestionsPanel } from './SuggestionsPanel';
import type { WorkspaceData } from './workspaceData';

/**
 * Overview, in the order the deal's state calls for: a won deal opens on its handoff and how
 * it closed; a lost or disqualified one on why; an open one on what to do next. The fields
 * and the customer profile follow; pausing applies to open deals only.
 */
export function OverviewTab({ data }: { data: WorkspaceData }) {
  const { deal } = data.detail;
  if (deal.status === 'won')
    return (
      <>
        <HandoffSlot detail={data.detail} />
        <OutcomePanel deal={deal} />
        <SuggestionsPanel data={data} />
        <DealFields deal={deal} />
        <ProfileForm deal={deal} />
      </>
    );
  if (deal.status !== 'open')
    return (
      <>
        <OutcomePanel deal={deal} />
        <SuggestionsPanel data={data} />
        <DealFields deal={deal} />
        <ProfileForm deal={deal} />
        <HandoffSlot detail={data.detail} />
      </>
    );
  return (
    <>
      <SuggestionsPanel data={data} />
      <DealFields deal={deal} />
      <PausePanel deal={deal} now={data.now} />
      <ProfileForm deal={deal} />
      <HandoffSlot detail={data.detail} />
    </>
  );
}
