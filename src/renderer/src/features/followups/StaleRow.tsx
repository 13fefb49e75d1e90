import type { HTMLAttributes } from 'react';
import { rowKeyShortcuts } from '../../commands/followups';
import type { StaleDeal } from './agenda';

interface Props {
  stale: StaleDeal;
  /** The fresh-lead clock, for an MQL/SAL nobody has touched. */
  fresh: string | null;
  rowProps: HTMLAttributes<HTMLLIElement> & { ref: (el: HTMLElement | null) => void };
  helpId: string;
  onSchedule(): void;
  onPause(): void;
  onOpenDeal(): void;
}

/** A deal gone quiet: how long, in which stage, and the two ways out (a next step or a pause). */
export function StaleRow({ stale, fresh, rowProps, helpId, onSchedule, onPause, onOpenDeal }: Props) {
  const { candidate, text } = stale;
  const label = [candidate.title, candidate.companyName, text, fresh].filter(Boolean).join(', ');
  return (
    <li
      className="fu-row fu-stale"
      aria-label={label}
      aria-describedby={helpId}
      aria-keyshortcuts={rowKeyShortcuts('stale')}
      {...rowProps}
    >
      <span className="fu-deal">
        <strong>{candidate.title}</strong>
        {candidate.companyName && <span className="fu-company">{candidate.companyName}</span>}
      </span>
      <span className="fu-stale-text">{text}</span>
      {fresh && <span className="fu-fresh">{fresh}</span>}
      <span className="fu-actions">
        <button type="button" aria-label={`Schedule next step for ${candidate.title}`} onClick={onSchedule}>
          Schedule next step
        </button>
        <button type="button" aria-label={`Pause until… ${candidate.title}`} onClick={onPause}>
          Pause until…
        </button>
        <button type="button" aria-label={`Open deal ${candidate.title}`} onClick={onOpenDeal}>
          Open deal
        </button>
      </span>
    </li>
  );
}
