import type { DealDetail } from '../../../../../shared/rpc/views';
import { FollowOnButton } from './FollowOnButton';
import { HandoffPanel } from './HandoffPanel';

/**
 * The post-sale part of the workspace: for a won deal (or any deal with a checklist) the
 * handoff checklist — or the button that starts it — and a follow-on opportunity.
 */
export function HandoffSlot({ detail }: { detail: DealDetail }) {
  const won = detail.deal.status === 'won';
  if (!won && !detail.handoff) return null;
  return (
    <>
      {won && <FollowOnButton deal={detail.deal} />}
      <HandoffPanel detail={detail} />
    </>
  );
}
