import { useId } from 'react';
import type { QualFramework } from '../../../../shared/model';

const OPTIONS: { value: QualFramework; label: string }[] = [
  { value: 'bant', label: 'BANT (budget, authority, need, timeframe)' },
  { value: 'champ', label: 'CHAMP (challenges, authority, money, prioritization)' },
  { value: 'either', label: 'Either BANT or CHAMP' },
];

/** The pipeline's MQL qualification framework: which one the MQL gate and guidance check. */
export function QualificationControl({
  value,
  onChange,
}: {
  value: QualFramework;
  onChange(value: QualFramework): void;
}) {
  const hintId = useId();
  return (
    <label>
      Qualification framework
      <select
        value={value}
        aria-describedby={hintId}
        onChange={(e) => onChange(e.target.value as QualFramework)}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <span id={hintId} className="hint">
        A lead becomes an MQL when this framework is confirmed and they agreed to meet a specialist (or every
        MQL question is yes).
      </span>
    </label>
  );
}
