import { useState } from 'react';
import { SAVE_LABELS, useSaveStatus } from '../../ui/useSaveStatus';

export interface ListRow {
  key: string;
  text: string;
}

interface Props {
  title: string;
  items: readonly string[] | readonly ListRow[];
  onSave(texts: string[], rows: ListRow[]): Promise<unknown>;
  /** Wide rows (questions) use a text area. */
  multiline?: boolean;
}

let fresh = 0;
const toRows = (items: Props['items']): ListRow[] =>
  items.map((item, i) => (typeof item === 'string' ? { key: `row-${i}-${item}`, text: item } : item));

/** Edit an ordered list of texts: change, add, remove, move up and down, then save. */
export function ListEditor({ title, items, onSave, multiline }: Props) {
  const [rows, setRows] = useState<ListRow[]>(() => toRows(items));
  const { state, run } = useSaveStatus();
  const set = (i: number, text: string) =>
    setRows((r) => r.map((row, j) => (j === i ? { ...row, text } : row)));
  const move = (i: number, by: -1 | 1) =>
    setRows((r) => {
      const next = [...r];
      const [row] = next.splice(i, 1);
      if (row) next.splice(i + by, 0, row);
      return next;
    });
  const save = () => {
    const kept = rows.map((r) => ({ ...r, text: r.text.trim() })).filter((r) => r.text);
    void run(() =>
      onSave(
        kept.map((r) => r.text),
        kept,
      ),
    );
  };
  return (
    <section className="settings-card" aria-label={title}>
      <h2>{title}</h2>
      <ol className="list-editor">
        {rows.map((row, i) => (
          <li key={row.key}>
            {multiline ? (
              <textarea
                aria-label={`${title} ${i + 1}`}
                rows={2}
                value={row.text}
                onChange={(e) => set(i, e.target.value)}
              />
            ) : (
              <input
                aria-label={`${title} ${i + 1}`}
                value={row.text}
                onChange={(e) => set(i, e.target.value)}
              />
            )}
            <button
              type="button"
              onClick={() => move(i, -1)}
              disabled={i === 0}
              aria-label={`Move ${row.text || 'item'} up`}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => move(i, 1)}
              disabled={i === rows.length - 1}
              aria-label={`Move ${row.text || 'item'} down`}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
              aria-label={`Remove ${row.text || 'item'}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" onClick={() => setRows((r) => [...r, { key: `new-${++fresh}`, text: '' }])}>
          Add
        </button>
        <span className="save-state" role="status">
          {SAVE_LABELS[state]}
        </span>
        <button type="button" className="primary" onClick={save} disabled={state === 'saving'}>
          Save {title.toLowerCase()}
        </button>
      </div>
    </section>
  );
}
