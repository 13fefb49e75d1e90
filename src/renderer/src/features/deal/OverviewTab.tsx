import { DealFields } from './DealFields';
import { HandoffSlot } from './handoff/HandoffSlot';
import { PausePanel } from './PausePanel';
import { ProfileForm } from './ProfileForm';
import { SuggestionsPanel } from './SuggestionsPanel';
import type { WorkspaceData } from './workspaceData';

/** Overview: what to do next, the editable fields, pause, the customer profile and the handoff. */
export function OverviewTab({ data }: { data: WorkspaceData }) {
  return (
    <>
      <SuggestionsPanel data={data} />
      <DealFields deal={data.detail.deal} />
      <PausePanel deal={data.detail.deal} now={data.now} />
      <ProfileForm deal={data.detail.deal} />
      <HandoffSlot detail={data.detail} />
    </>
  );
}
