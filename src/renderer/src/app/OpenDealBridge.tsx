import { useEffect } from 'react';
import { platform } from '../state/session';
import { useNavigation } from '../state/navigation';

/**
 * A reminder (native notification, web notification or tray item) asked to open a deal.
 * An empty id means "open the Follow-ups view" (a summary of several reminders).
 */
export function OpenDealBridge() {
  useEffect(
    () =>
      platform().onOpenDeal((dealId) => {
        const nav = useNavigation.getState();
        if (dealId) nav.openDeal(dealId);
        else nav.go('followups');
      }),
    [],
  );
  return null;
}
