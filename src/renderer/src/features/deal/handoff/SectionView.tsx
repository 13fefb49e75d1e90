import { useEffect, useState, type FormEvent } from 'react';
import type { HandoffItem, HandoffSection } from '../../../../../shared/model';
import { HANDOFF_KEYS } from '../../../../../shared/engine';
import { addItem, errorText, moveItem } from './actions';
import { ItemRow } from './ItemRow';

interface Props {
  dealId: string;
  section: HandoffSection;
}

/** One checklist section: its items with their progress, and a way to add more. */
export function SectionView({ dealId, section }: Props) {
  const [newLabel, setNewLabel] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [refocus, setRefocus] = useState<{ itemId: string; direction: 'up' | 'down' } | null>(null);
  const done = section.items.filter((i) => i.done).length;
  const headingId = `handoff-section-${section.id}`;
  const dated = section.key === HANDOFF_KEYS.milestones;

  // A moved row is re-inserted in the DOM, which drops focus: put it back on the same button
  // (or its twin when the item reached the end of the list).
  useEffect(() => {
    if (!refocus) return;
    const same = document.getElementById(
      `handoff-${refocus.direction}-${refocus.itemId}`,
    ) as HTMLButtonElement | null;
    const twin = document.getElementById(
      `handoff-${refocus.direction === 'up' ? 'down' : 'up'}-${refocus.itemId}`,
    );
    (same && !same.disabled ? same : twin)?.focus();
  }, [refocus, section.items]);

  function onMove(item: HandoffItem, toIndex: number, direction: 'up' | 'down') {
    setError(null);
    moveItem({ dealId, sectionId: section.id, itemId: item.id, toIndex }).then(
      () => setRefocus({ itemId: item.id, direction }),
      (e: unknown) => setError(errorText(e)),
    );
  }

  async function onAdd(event: FormEvent) {
    event.preventDefault();
    const label = newLabel.trim();
    if (!label) return;
    setError(null);
    try {
      await addItem({ dealId, sectionId: section.id, label });
      setNewLabel('');
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <section className="handoff-section" aria-labelledby={headingId} data-key={section.key}>
      <header className="handoff-section-head">
        <h3 id={headingId}>{section.title}</h3>
        <span className="handoff-count">
          {done} of {section.items.length} ticked
        </span>
      </header>
      {dated && <p className="handoff-hint">Each date becomes a follow-up on that day.</p>}
      <ul className="handoff-items">
        {section.items.map((item, index) => (
          <ItemRow
            key={item.id}
            dealId={dealId}
            sectionId={section.id}
            item={item}
            index={index}
            count={section.items.length}
            dated={dated}
            onMove={onMove}
          />
        ))}
      </ul>
      <form className="handoff-add" onSubmit={(e) => void onAdd(e)}>
        <label>
          <span className="visually-hidden">New item in {section.title}</span>
          <input
            value={newLabel}
            maxLength={300}
            placeholder="Add an item…"
            onChange={(e) => setNewLabel(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!newLabel.trim()}>
          Add item
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
