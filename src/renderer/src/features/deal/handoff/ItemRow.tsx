import { useRef, useState } from 'react';
import type { HandoffItem } from '../../../../../shared/model';
import { errorText, removeItem, updateItem } from './actions';
import { ValueEditor } from './ValueEditor';

interface Props {
  dealId: string;
  sectionId: string;
  item: HandoffItem;
  index: number;
  count: number;
  /** Milestone items get a date picker (each date becomes a follow-up). */
  dated: boolean;
  onMove(item: HandoffItem, toIndex: number, direction: 'up' | 'down'): void;
}

/** One checklist item: tick, rename, fill, date, reorder, remove. */
export function ItemRow({ dealId, sectionId, item, index, count, dated, onMove }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The tick shows at once; the store's answer (or an error) settles it.
  const [ticked, setTicked] = useState<boolean | null>(null);
  const [seenDone, setSeenDone] = useState(item.done);
  if (seenDone !== item.done) {
    setSeenDone(item.done);
    setTicked(null);
  }
  const ref = { dealId, sectionId, itemId: item.id };
  const run = (work: Promise<unknown>, onError?: () => void) => {
    setError(null);
    work.catch((e: unknown) => {
      onError?.();
      setError(errorText(e));
    });
  };
  const checkboxId = `handoff-done-${item.id}`;

  return (
    <li className={`handoff-item${item.done ? ' done' : ''}`}>
      <div className="handoff-item-head">
        <input
          id={checkboxId}
          type="checkbox"
          checked={ticked ?? item.done}
          onChange={(e) => {
            const done = e.target.checked;
            setTicked(done);
            run(updateItem({ ...ref, patch: { done } }), () => setTicked(null));
          }}
        />
        {renaming ? (
          <RenameField
            label={item.label}
            onDone={(label) => {
              setRenaming(false);
              if (label !== null && label !== item.label) run(updateItem({ ...ref, patch: { label } }));
            }}
          />
        ) : (
          <label htmlFor={checkboxId} className="handoff-item-label">
            {item.label}
          </label>
        )}
        {dated && (
          <DateField
            label={`Date for ${item.label}`}
            value={item.date}
            onSave={(date) => run(updateItem({ ...ref, patch: { date } }))}
          />
        )}
        <div className="handoff-item-tools">
          <button
            type="button"
            id={`handoff-up-${item.id}`}
            aria-label={`Move "${item.label}" up`}
            disabled={index === 0}
            onClick={() => onMove(item, index - 1, 'up')}
          >
            ↑
          </button>
          <button
            type="button"
            id={`handoff-down-${item.id}`}
            aria-label={`Move "${item.label}" down`}
            disabled={index === count - 1}
            onClick={() => onMove(item, index + 1, 'down')}
          >
            ↓
          </button>
          <button type="button" aria-label={`Rename "${item.label}"`} onClick={() => setRenaming(true)}>
            Rename
          </button>
          <button type="button" aria-label={`Remove "${item.label}"`} onClick={() => run(removeItem(ref))}>
            Remove
          </button>
        </div>
      </div>
      <ValueEditor
        label={`Notes for ${item.label}`}
        value={item.value}
        onSave={(value) => updateItem({ ...ref, patch: { value } })}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </li>
  );
}

/** An inline label editor: Enter saves, Escape cancels (null). */
function RenameField({ label, onDone }: { label: string; onDone(label: string | null): void }) {
  const [draft, setDraft] = useState(label);
  const finished = useRef(false);
  const finish = (value: string | null) => {
    if (finished.current) return;
    finished.current = true;
    onDone(value);
  };
  return (
    <input
      className="handoff-rename"
      aria-label={`New label for ${label}`}
      value={draft}
      maxLength={300}
      autoFocus
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(draft.trim() || null);
        if (e.key === 'Escape') finish(null);
      }}
      onBlur={() => finish(draft.trim() || null)}
    />
  );
}

/**
 * A milestone date. The draft is local, so typing a date segment by segment is never reset
 * by the store's reply; each complete date (or clearing it) is saved.
 */
function DateField({
  label,
  value,
  onSave,
}: {
  label: string;
  value: string | null;
  onSave(date: string | null): void;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(value ?? '');
  }
  return (
    <label className="handoff-date">
      <span className="visually-hidden">{label}</span>
      <input
        type="date"
        value={draft}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (next === '' || /^\d{4}-\d{2}-\d{2}$/.test(next)) onSave(next || null);
        }}
      />
    </label>
  );
}
