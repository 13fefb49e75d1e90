import { useState, type FormEvent } from 'react';
import type { HandoffTemplate } from '../../../../shared/model';
import {
  addTemplateItem,
  moveSection,
  moveTemplateItem,
  removeSection,
  removeTemplateItem,
  renameSection,
  renameTemplateItem,
} from '../../../../shared/domains/handoff/template';

interface Props {
  template: HandoffTemplate;
  index: number;
  onChange(template: HandoffTemplate): void;
}

/** One section of the handoff template: its title, its items, and their order. */
export function TemplateSectionEditor({ template, index, onChange }: Props) {
  const section = template[index]!;
  const name = section.title.trim() || `Section ${index + 1}`;
  const [newItem, setNewItem] = useState('');
  const last = template.length - 1;
  /** Apply a move, then keep focus on the moved thing's button (its row re-renders elsewhere). */
  const moveAndFocus = (next: HandoffTemplate, focusId: string, fallbackId: string) => {
    onChange(next);
    requestAnimationFrame(() => {
      const target = document.getElementById(focusId) as HTMLButtonElement | null;
      (target && !target.disabled ? target : document.getElementById(fallbackId))?.focus();
    });
  };
  const ids = (kind: 'up' | 'down', item?: number) =>
    `tpl-${kind}-${section.key}${item === undefined ? '' : `-${item}`}`;

  function add(event: FormEvent) {
    event.preventDefault();
    if (!newItem.trim()) return;
    onChange(addTemplateItem(template, index, newItem.trim()));
    setNewItem('');
  }

  return (
    <li className="template-section">
      <div className="template-row">
        <label className="template-title">
          <span className="visually-hidden">Title of section {index + 1}</span>
          <input
            value={section.title}
            maxLength={300}
            onChange={(e) => onChange(renameSection(template, index, e.target.value))}
          />
        </label>
        <button
          type="button"
          id={ids('up')}
          aria-label={`Move section "${name}" up`}
          disabled={index === 0}
          onClick={() => moveAndFocus(moveSection(template, index, index - 1), ids('up'), ids('down'))}
        >
          ↑
        </button>
        <button
          type="button"
          id={ids('down')}
          aria-label={`Move section "${name}" down`}
          disabled={index === last}
          onClick={() => moveAndFocus(moveSection(template, index, index + 1), ids('down'), ids('up'))}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`Remove section "${name}"`}
          onClick={() => onChange(removeSection(template, index))}
        >
          Remove section
        </button>
      </div>
      <ol className="template-items">
        {section.items.map((label, i) => (
          <li key={i} className="template-row">
            <label>
              <span className="visually-hidden">
                Item {i + 1} of {name}
              </span>
              <input
                value={label}
                maxLength={300}
                onChange={(e) => onChange(renameTemplateItem(template, index, i, e.target.value))}
              />
            </label>
            <button
              type="button"
              id={ids('up', i)}
              aria-label={`Move item "${label}" up`}
              disabled={i === 0}
              onClick={() =>
                moveAndFocus(
                  moveTemplateItem(template, index, i, i - 1),
                  ids('up', i - 1),
                  ids('down', i - 1),
                )
              }
            >
              ↑
            </button>
            <button
              type="button"
              id={ids('down', i)}
              aria-label={`Move item "${label}" down`}
              disabled={i === section.items.length - 1}
              onClick={() =>
                moveAndFocus(
                  moveTemplateItem(template, index, i, i + 1),
                  ids('down', i + 1),
                  ids('up', i + 1),
                )
              }
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={`Remove item "${label}"`}
              onClick={() => onChange(removeTemplateItem(template, index, i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <form className="handoff-add" onSubmit={add}>
        <label>
          <span className="visually-hidden">New item in {name}</span>
          <input
            value={newItem}
            maxLength={300}
            placeholder="Add an item…"
            onChange={(e) => setNewItem(e.target.value)}
          />
        </label>
        <button type="submit" disabled={!newItem.trim() || section.items.length >= 100}>
          Add item
        </button>
      </form>
    </li>
  );
}
