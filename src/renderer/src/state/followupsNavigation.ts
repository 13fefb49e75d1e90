import { useNavigation } from './navigation';

/**
 * Open a deal's workspace from the Follow-ups view or a reminder: the workspace lives
 * with the pipeline board, so select the deal and go there.
 */
export function openDealWorkspace(dealId: string): void {
  const nav = useNavigation.getState();
  nav.openDeal(dealId);
  nav.go('board');
}

/** Show the Follow-ups view (a summary reminder's action). */
export function openFollowUps(): void {
  useNavigation.getState().go('followups');
}
