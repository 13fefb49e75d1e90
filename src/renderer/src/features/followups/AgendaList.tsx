import { BUCKETS } from './agenda';
import { staleRowKey } from './agendaKeys';
import { AgendaRow } from './AgendaRow';
import { StaleRow } from './StaleRow';
import type { AgendaActions } from './useAgendaActions';
import type { FollowUpsData } from './useFollowUpsData';
import type { useRovingRows } from './useRovingRows';

interface Props {
  data: FollowUpsData;
  act: AgendaActions;
  roving: ReturnType<typeof useRovingRows>;
  /** The help line's id (each row is described by it) and the prefix of the headings' ids. */
  helpId: string;
}

/** The agenda as a list: Overdue, Today, Upcoming (7 days), Later, then the stale deals. */
export function AgendaList({ data, act, roving, helpId }: Props) {
  return (
    <>
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
    </>
  );
}
