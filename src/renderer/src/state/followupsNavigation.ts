import { useNavigation } from './navigation';

/**
 * Open a deal's workspace from the Follow-ups view or a reminder. The workspace is a panel
 * over whichever view is showing, so the rep comes back to the agenda when closing it.
 */
export function openDealWorkspace(dealId: string): void {
  useNavigation.getState().openDeal(dealId);
}

/** Show the Follow-ups view (a summary reminder's action). */
export function openFollowUps(): void {
  useNavigation.getState().go('followups');
}
