import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

export type SnoozeChoice = '1h' | 'tomorrow' | 'next-week' | 'pick';

const CHOICES: { id: SnoozeChoice; label: string }[] = [
  { id: '1h', label: '1 hour' },
  { id: 'tomorrow', label: 'Tomorrow morning' },
  { id: 'next-week', label: 'Next week' },
  { id: 'pick', label: 'Pick a date…' },
];

interface Props {
  open: boolean;
  /** What is being snoozed, for the button's accessible name. */
  subject: string;
  onOpenChange(open: boolean): void;
  onPick(choice: SnoozeChoice): void;
}

/** A menu button: Snooze → 1 hour, tomorrow morning, next week, pick a date. Arrow keys move, Escape closes. */
export function SnoozeMenu({ open, subject, onOpenChange, onPick }: Props) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [open]);

  function close(refocus: boolean) {
    onOpenChange(false);
    if (refocus) buttonRef.current?.focus();
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const moveTo = (i: number) => items[(i + items.length) % items.length]?.focus();
    event.stopPropagation();
    if (event.key === 'ArrowDown' || event.key === 'j') moveTo(at + 1);
    else if (event.key === 'ArrowUp' || event.key === 'k') moveTo(at - 1);
    else if (event.key === 'Home') moveTo(0);
    else if (event.key === 'End') moveTo(items.length - 1);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') close(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  }

  return (
    <span className="fu-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={`Snooze ${subject}`}
        onClick={() => onOpenChange(!open)}
      >
        Snooze
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={`Snooze ${subject}`}
          className="fu-menu-list"
          onKeyDown={onMenuKeyDown}
          onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && onOpenChange(false)}
        >
          {CHOICES.map((c) => (
            <li key={c.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(true);
                  onPick(c.id);
                }}
              >
                {c.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
