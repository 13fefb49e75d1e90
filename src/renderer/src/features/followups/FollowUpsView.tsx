import { ReminderSummaryBanner } from '../../flows/reminders/ReminderSummaryBanner';
import { useId } from 'react';
import { followUpsHelp, keyShortcutsOf } from '../../commands/followups';
import { BUCKETS } from './agenda';
import { AgendaDialogs } from './AgendaDialogs';
import { agendaKeyHandler, rowKeys, staleRowKey } from './agendaKeys';
import { AgendaRow } from './AgendaRow';
import { NotificationsOffer } from './NotificationsOffer';
import { StaleRow } from './StaleRow';
import { useAgendaActions } from './useAgendaActions';
import { useFollowUpsData } from './useFollowUpsData';
import { useRovingRows } from './useRovingRows';
import './followups.css';

const HELP = followUpsHelp();

/** The agenda: Overdue, Today, Upcoming (7 days), Later, and the stale deals. Keyboard first. */
export function FollowUpsView() {
  const data = useFollowUpsData();
  const act = useAgendaActions(data);
  const roving = useRovingRows(rowKeys(data));
  const helpId = useId();

  return (
    <div className="followups" onKeyDown={agendaKeyHandler(data, act, roving)}>
      <div className="fu-toolbar">
        <h1>Follow-ups</h1>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts={keyShortcutsOf('new')}
          onClick={act.newFollowUp}
        >
          New follow-up
        </button>
        <button type="button" onClick={act.exportIcs} disabled={data.items.length === 0}>
          Export to calendar (.ics)
        </button>
      </div>
      <ReminderSummaryBanner onFollowUps />
      <NotificationsOffer />
      <p id={helpId} className="fu-help">
        {HELP}
      </p>
      <p className="fu-sr" role="status" aria-live="polite">
        {act.message}
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
                {items.map((item) => {
                  const on = act.onItem(item);
                  return (
                    <AgendaRow
                      key={item.id}
                      item={item}
                      fresh={item.dealId ? (data.fresh.get(item.dealId) ?? null) : null}
                      rowProps={roving.rowProps(item.id)}
                      helpId={helpId}
                      menuOpen={act.menuFor === item.id}
                      onMenuOpenChange={(open) => act.setMenuFor(open ? item.id : null)}
                      onComplete={on.complete}
                      onSnooze={on.snooze}
                      onReschedule={on.reschedule}
                      onOpenDeal={on.openDeal}
                    />
                  );
                })}
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
            {data.stale.map((s) => {
              const on = act.onStale(s);
              return (
                <StaleRow
                  key={s.candidate.id}
                  stale={s}
                  fresh={data.fresh.get(s.candidate.id) ?? null}
                  rowProps={roving.rowProps(staleRowKey(s.candidate.id))}
                  helpId={helpId}
                  onSchedule={on.scheduleNext}
                  onPause={on.pause}
                  onOpenDeal={on.openDeal}
                />
              );
            })}
          </ul>
        )}
      </section>
      <AgendaDialogs
        dialog={act.dialog}
        now={data.now}
        morningHour={data.morningHour}
        onClose={act.closeDialog}
        announce={act.announce}
      />
    </div>
  );
}
