import type { FollowUpsMode } from './useFollowUpsMode';

const MODES: { id: FollowUpsMode; label: string }[] = [
  { id: 'list', label: 'List' },
  { id: 'week', label: 'Week' },
];

/** The List | Week switch: two toggle buttons, the pressed one is what the view shows. */
export function ModeSwitch({ mode, onChange }: { mode: FollowUpsMode; onChange(mode: FollowUpsMode): void }) {
  return (
    <div className="fu-modes" role="group" aria-label="Show follow-ups as">
      {MODES.map((m) => (
        <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={() => onChange(m.id)}>
          {m.label}
        </button>
      ))}
    </div>
  );
}
