import { SAVE_LABELS, type SaveState } from './useSaveStatus';

/** The end of a settings or workspace form: its save status (read out once) and its one Save. */
export function SaveFooter({
  state,
  label,
  className = '',
}: {
  state: SaveState;
  label: string;
  className?: string;
}) {
  return (
    <div className={`form-actions${className ? ` ${className}` : ''}`}>
      <span className="save-state" role="status">
        {SAVE_LABELS[state]}
      </span>
      <button type="submit" className="primary" disabled={state === 'saving'}>
        {label}
      </button>
    </div>
  );
}
