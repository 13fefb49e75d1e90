import { QUAL_STATE_LABELS } from '../../../../shared/engine';
import type { QualItem, QualState } from '../../../../shared/model';

const STATES: QualState[] = ['unknown', 'partial', 'confirmed'];

interface Props<K extends string> {
  title: string;
  keys: readonly K[];
  labels: Record<K, string>;
  value: Record<K, QualItem>;
  onChange(next: Record<K, QualItem>): void;
}

/** A BANT or CHAMP editor: each item's state (unknown / partly known / confirmed) and a note. */
export function QualEditor<K extends string>({ title, keys, labels, value, onChange }: Props<K>) {
  const set = (key: K, item: Partial<QualItem>) => onChange({ ...value, [key]: { ...value[key], ...item } });
  return (
    <fieldset className="qual-editor">
      <legend>{title}</legend>
      {keys.map((key) => (
        <div key={key} className={`qual-row qual-${value[key].state}`}>
          <label>
            {labels[key]}
            <select
              aria-label={labels[key]}
              value={value[key].state}
              onChange={(e) => set(key, { state: e.target.value as QualState })}
            >
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {QUAL_STATE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <input
            aria-label={`${labels[key]} note`}
            placeholder="Note"
            defaultValue={value[key].note}
            onBlur={(e) => e.target.value !== value[key].note && set(key, { note: e.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}
