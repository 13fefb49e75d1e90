import { useId, useState, type KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../../shared/domains/followUps/contract';
import { openDealWorkspace } from '../../state/followupsNavigation';
import { useFollowUpsNow } from '../../state/followupsNow';
import { completeFollowUp, exportFollowUpsIcs, rescheduleFollowUp, snoozeFollowUp } from './actions';
import { BUCKETS, type StaleDeal } from './agenda';
import { AgendaRow, subjectOf } from './AgendaRow';
import { formatDue } from './format';
import { NewFollowUpDialog } from './NewFollowUpDialog';
import { NotificationsOffer } from './NotificationsOffer';
import { PauseDialog } from './PauseDialog';
import { commandFor, SHORTCUT_HELP, type RowKind } from './shortcuts';
import type { SnoozeChoice } from './SnoozeMenu';
import { StaleRow } from './StaleRow';
import { useFollowUpsData } from './useFollowUpsData';
import { useRovingRows } from './useRovingRows';
import { WhenDialog } from './WhenDialog';
import './followups.css';

type Dialog =
  | { kind: 'new'; deal: { id: string; title: string } | null }
  | { kind: 'reschedule' | 'snooze'; item: AgendaItem }
  | { kind: 'pause'; stale: StaleDeal };

const STALE_PREFIX = 'stale:';

/** The agenda: Overdue, Today, Upcoming (7 days), Later, and the stale deals. Keyboard first. */
export function FollowUpsView() {
  const [wakeAt, setWakeAt] = useState<number | null>(null);
  const now = useFollowUpsNow(30_000, wakeAt);
  const data = useFollowUpsData(now);
  const nextDue = data.items.find((i) => i.hasTime && i.dueAt > now)?.dueAt ?? null;
  if (nextDue !== wakeAt) setWakeAt(nextDue);
  const helpId = useId();
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [message, setMessage] = useState('');

  const keys = [
    ...BUCKETS.flatMap((b) => data.groups[b.id].map((i) => i.id)),
    ...data.stale.map((s) => STALE_PREFIX + s.candidate.id),
  ];
  const roving = useRovingRows(keys);

  /** Run a write; announce its result (or its error) to screen readers. */
  const attempt = (write: () => Promise<string>) =>
    void write().then(setMessage, (e: unknown) =>
      setMessage(`That did not work: ${e instanceof Error ? e.message : String(e)}`),
    );
  const complete = (item: AgendaItem) =>
    attempt(() => completeFollowUp(item.id).then(() => `Done: ${subjectOf(item)}`));
  const snooze = (item: AgendaItem, choice: SnoozeChoice) => {
    if (choice === 'pick') setDialog({ kind: 'snooze', item });
    else
      attempt(() =>
        snoozeFollowUp(item.id, choice, data.morningHour).then(
          (u) => `Snoozed ${subjectOf(item)} until ${formatDue(u.dueAt, true)}`,
        ),
      );
  };
  const openDeal = (dealId: string | null) => dealId && openDealWorkspace(dealId);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || dialog) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [role="menu"]')) return;
    const rowEl = target.closest<HTMLElement>('[data-row-key]');
    const key = rowEl?.dataset.rowKey ?? null;
    const kind: RowKind | null = key === null ? null : key.startsWith(STALE_PREFIX) ? 'stale' : 'agenda';
    const command = commandFor(event.key, kind, rowEl === target);
    if (!command) return;
    event.preventDefault();
    const item = kind === 'agenda' ? data.items.find((i) => i.id === key) : undefined;
    const stale =
      kind === 'stale' ? data.stale.find((s) => STALE_PREFIX + s.candidate.id === key) : undefined;
    if (command === 'next' || command === 'previous' || command === 'first' || command === 'last')
      roving.move(command, kind !== null);
    else if (command === 'new') setDialog({ kind: 'new', deal: null });
    else if (command === 'complete' && item) complete(item);
    else if (command === 'snooze' && item) setMenuFor(item.id);
    else if (command === 'reschedule' && item) setDialog({ kind: 'reschedule', item });
    else if (command === 'open') openDeal(item?.dealId ?? stale?.candidate.id ?? null);
    else if (command === 'schedule' && stale)
      setDialog({ kind: 'new', deal: { id: stale.candidate.id, title: stale.candidate.title } });
    else if (command === 'pause' && stale) setDialog({ kind: 'pause', stale });
  }

  const exportIcs = () =>
    attempt(() =>
      exportFollowUpsIcs(data.items).then((r) =>
        r.saved
          ? `Exported ${data.items.length} follow-ups to ${r.path ?? 'a calendar file'}`
          : 'Export cancelled',
      ),
    );

  return (
    <div className="followups" onKeyDown={onKeyDown}>
      <div className="fu-toolbar">
        <h1>Follow-ups</h1>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="n"
          onClick={() => setDialog({ kind: 'new', deal: null })}
        >
          New follow-up
        </button>
        <button type="button" onClick={exportIcs} disabled={data.items.length === 0}>
          Export to calendar (.ics)
        </button>
      </div>
      <NotificationsOffer />
      <p id={helpId} className="fu-help">
        {SHORTCUT_HELP}
      </p>
      <p className="fu-sr" role="status" aria-live="polite">
        {message}
      </p>
      {data.error && (
        <p role="alert" className="error">
          {data.error}
        </p>
      )}
      {BUCKETS.map((bucket) => {
        const items = data.groups[bucket.id];
        const headingId = `${helpId}-${bucket.id}`;
        return (
          <section key={bucket.id} className={`fu-section fu-${bucket.id}`} aria-labelledby={headingId}>
            <h2 id={headingId}>
              {bucket.label} <span className="fu-count">({items.length})</span>
            </h2>
            {items.length === 0 ? (
              <p className="fu-empty">{data.loading ? 'Loading…' : 'Nothing here.'}</p>
            ) : (
              <ul className="fu-list">
                {items.map((item) => (
                  <AgendaRow
                    key={item.id}
                    item={item}
                    fresh={item.dealId ? (data.fresh.get(item.dealId) ?? null) : null}
                    rowProps={roving.rowProps(item.id)}
                    helpId={helpId}
                    menuOpen={menuFor === item.id}
                    onMenuOpenChange={(open) => setMenuFor(open ? item.id : null)}
                    onComplete={() => complete(item)}
                    onSnooze={(choice) => snooze(item, choice)}
                    onReschedule={() => setDialog({ kind: 'reschedule', item })}
                    onOpenDeal={() => openDeal(item.dealId)}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <section className="fu-section fu-stale-section" aria-labelledby={`${helpId}-stale`}>
        <h2 id={`${helpId}-stale`}>
          Stale deals <span className="fu-count">({data.stale.length})</span>
        </h2>
        {data.stale.length === 0 ? (
          <p className="fu-empty">No deal has gone quiet.</p>
        ) : (
          <ul className="fu-list">
            {data.stale.map((s) => (
              <StaleRow
                key={s.candidate.id}
                stale={s}
                fresh={data.fresh.get(s.candidate.id) ?? null}
                rowProps={roving.rowProps(STALE_PREFIX + s.candidate.id)}
                helpId={helpId}
                onSchedule={() =>
                  setDialog({ kind: 'new', deal: { id: s.candidate.id, title: s.candidate.title } })
                }
                onPause={() => setDialog({ kind: 'pause', stale: s })}
                onOpenDeal={() => openDeal(s.candidate.id)}
              />
            ))}
          </ul>
        )}
      </section>
      {dialog?.kind === 'new' && (
        <NewFollowUpDialog
          deal={dialog.deal}
          now={now}
          onClose={() => setDialog(null)}
          onCreated={setMessage}
        />
      )}
      {dialog?.kind === 'pause' && (
        <PauseDialog
          dealId={dialog.stale.candidate.id}
          dealTitle={dialog.stale.candidate.title}
          now={now}
          onClose={() => setDialog(null)}
          onPaused={setMessage}
        />
      )}
      {(dialog?.kind === 'reschedule' || dialog?.kind === 'snooze') && (
        <WhenDialog
          title={`${dialog.kind === 'snooze' ? 'Snooze' : 'Reschedule'} ${subjectOf(dialog.item)}`}
          submitLabel={dialog.kind === 'snooze' ? 'Snooze' : 'Reschedule'}
          dueAt={dialog.kind === 'snooze' ? Math.max(dialog.item.dueAt, now + 3_600_000) : dialog.item.dueAt}
          hasTime={dialog.item.hasTime}
          timeRequired={dialog.kind === 'snooze'}
          onSave={(dueAt, hasTime) => {
            const item = dialog.item;
            const write =
              dialog.kind === 'snooze'
                ? snoozeFollowUp(item.id, { until: dueAt }, data.morningHour)
                : rescheduleFollowUp(item.id, dueAt, hasTime);
            return write.then(() => setMessage(`${subjectOf(item)} moved to ${formatDue(dueAt, hasTime)}`));
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
