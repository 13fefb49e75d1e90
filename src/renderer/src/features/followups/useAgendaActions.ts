import { errorText } from '../../../../shared/errorText';
import { useState } from 'react';
import type { AgendaItem } from '../../../../shared/domains/followUps/contract';
import { openDealWorkspace } from '../../state/followupsNavigation';
import { completeFollowUp, exportFollowUpsIcs, snoozeFollowUp } from './actions';
import type { StaleDeal } from './agenda';
import { subjectOf } from './AgendaRow';
import { formatDue } from '../../ui/dates';
import type { SnoozeChoice } from './SnoozeMenu';
import type { FollowUpsData } from './useFollowUpsData';

/** The dialog the Follow-ups view has open, if any. */
export type AgendaDialog =
  | { kind: 'new'; deal: { id: string; title: string } | null }
  | { kind: 'reschedule' | 'snooze'; item: AgendaItem }
  | { kind: 'pause'; stale: StaleDeal };

const openDeal = (dealId: string | null) => dealId && openDealWorkspace(dealId);

/**
 * What a rep can do in the Follow-ups view, for its buttons and its keys alike: the open
 * dialog and snooze menu, and each write with its result (or error) announced.
 */
export function useAgendaActions(data: FollowUpsData) {
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [dialog, setDialog] = useState<AgendaDialog | null>(null);
  const [message, setMessage] = useState('');

  /** Run a write; announce its result (or its error) to screen readers. */
  const attempt = (write: () => Promise<string>) =>
    void write().then(setMessage, (e: unknown) => setMessage(`That did not work: ${errorText(e)}`));

  /** The actions on one follow-up. */
  const onItem = (item: AgendaItem) => ({
    complete: () => attempt(() => completeFollowUp(item.id).then(() => `Done: ${subjectOf(item)}`)),
    snooze: (choice: SnoozeChoice) => {
      if (choice === 'pick') setDialog({ kind: 'snooze', item });
      else
        attempt(() =>
          snoozeFollowUp(item.id, choice, data.morningHour).then(
            (u) => `Snoozed ${subjectOf(item)} until ${formatDue(u.dueAt, true)}`,
          ),
        );
    },
    openSnoozeMenu: () => setMenuFor(item.id),
    reschedule: () => setDialog({ kind: 'reschedule', item }),
    openDeal: () => openDeal(item.dealId),
  });

  /** The actions on one stale deal. */
  const onStale = (stale: StaleDeal) => ({
    scheduleNext: () =>
      setDialog({ kind: 'new', deal: { id: stale.candidate.id, title: stale.candidate.title } }),
    pause: () => setDialog({ kind: 'pause', stale }),
    openDeal: () => openDeal(stale.candidate.id),
  });

  const exportIcs = () =>
    attempt(() =>
      exportFollowUpsIcs(data.items).then((r) =>
        r.saved
          ? `Exported ${data.items.length} follow-ups to ${r.path ?? 'a calendar file'}`
          : 'Export cancelled',
      ),
    );

  return {
    dialog,
    closeDialog: () => setDialog(null),
    newFollowUp: () => setDialog({ kind: 'new', deal: null }),
    menuFor,
    setMenuFor,
    message,
    announce: setMessage,
    onItem,
    onStale,
    exportIcs,
  };
}

export type AgendaActions = ReturnType<typeof useAgendaActions>;
