import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  value: string | number;
  onChange(value: string): void;
  children: ReactNode;
  disabled?: boolean;
}

/** A select with its own label element, so its accessible name is just the label (not the chosen option too). */
export function LabelledSelect({ label, value, onChange, children, disabled }: Props) {
  const id = useId();
  return (
    <div className="labelled-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}
