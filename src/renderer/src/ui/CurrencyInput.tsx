import { useId } from 'react';

/** Every ISO 4217 code the runtime knows (Chromium lists about 300), for suggestions. */
const KNOWN: readonly string[] = (() => {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['AUD', 'CAD', 'CHF', 'EUR', 'GBP', 'JPY', 'USD'];
  }
})();

interface Props {
  name: string;
  label: string;
  defaultValue: string;
  className?: string;
}

/**
 * A three-letter currency code field with the known codes as suggestions. The browser refuses
 * anything but three letters before the form submits; callers upper-case the value.
 */
export function CurrencyInput({ name, label, defaultValue, className }: Props) {
  const listId = useId();
  return (
    <label className={className}>
      {label}
      <input
        name={name}
        required
        defaultValue={defaultValue}
        maxLength={3}
        pattern="[A-Za-z]{3}"
        title="A three-letter currency code such as EUR"
        autoComplete="off"
        spellCheck={false}
        list={listId}
        className="currency-input"
      />
      <datalist id={listId}>
        {KNOWN.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </label>
  );
}
