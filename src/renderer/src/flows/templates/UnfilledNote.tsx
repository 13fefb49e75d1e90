import { Fragment, useState } from 'react';
import {
  fillSlot,
  PLACEHOLDER_LABELS,
  placeholderOf,
  unfilledIn,
} from '../../../../shared/domains/templates';

/** `text` with every `{{…}}` marked. */
function Highlighted({ text }: { text: string }) {
  const parts = text.split(/(\{\{[\s\S]*?\}\})/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>,
      )}
    </>
  );
}

/**
 * What is still unfilled, highlighted in a preview of the message, each with a field to
 * type its value; nothing here is needed (or shown) once every placeholder has a value.
 */
export function UnfilledNote({
  subject,
  body,
  onFill,
}: {
  subject: string;
  body: string;
  onFill(fill: (text: string) => string): void;
}) {
  const slots = [...new Set([...unfilledIn(subject), ...unfilledIn(body)])];
  const [typed, setTyped] = useState<Record<string, string>>({});
  if (slots.length === 0) return null;
  return (
    <section className="template-unfilled" aria-label="Placeholders without a value">
      <p>
        <strong>Not sent until filled:</strong> these placeholders have no value for this deal. Type a value
        here or edit the text above.
      </p>
      <ul>
        {slots.map((slot, i) => {
          const name = placeholderOf(slot);
          return (
            <li key={slot}>
              <label>
                <span>
                  <mark>{slot}</mark> {name ? PLACEHOLDER_LABELS[name] : 'is not a known placeholder'}
                </span>
                <input
                  name={`fill-${i}`}
                  aria-label={`Value for ${slot}`}
                  value={typed[slot] ?? ''}
                  onChange={(e) => setTyped((t) => ({ ...t, [slot]: e.target.value }))}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter') return;
                    e.preventDefault();
                    onFill((text) => fillSlot(text, slot, typed[slot] ?? ''));
                  }}
                />
              </label>
              <button
                type="button"
                disabled={!(typed[slot] ?? '').trim()}
                onClick={() => onFill((text) => fillSlot(text, slot, typed[slot] ?? ''))}
              >
                Fill in {slot}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="template-preview" role="region" aria-label="Preview" tabIndex={0}>
        <p>
          <Highlighted text={subject} />
        </p>
        <p className="template-preview-body">
          <Highlighted text={body} />
        </p>
      </div>
    </section>
  );
}
