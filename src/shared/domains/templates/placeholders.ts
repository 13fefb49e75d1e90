/**
 * Template placeholders: `{{firstName}}` and the like (spaces inside the braces allowed).
 * Filling replaces each known placeholder that has a value; anything else in double braces
 * stays as written and is reported, so it can be shown to the rep and never sent.
 */

export const PLACEHOLDERS = ['firstName', 'company', 'deal', 'stage', 'nextStep', 'myName'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What each placeholder stands for, as the rep reads it. */
export const PLACEHOLDER_LABELS: Record<Placeholder, string> = {
  firstName: "the contact's first name",
  company: 'the company',
  deal: "the deal's title",
  stage: "the deal's stage",
  nextStep: 'the next step',
  myName: 'your name (in Settings)',
};

/** Values to fill in; a missing or blank value leaves its placeholder unfilled. */
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

const KNOWN_SLOT = /\{\{\s*([A-Za-z]+)\s*\}\}/g;
/** Anything in double braces: the one pattern that must never leave the app. */
const ANY_SLOT = /\{\{[\s\S]*?\}\}/g;

const isPlaceholder = (name: string): name is Placeholder =>
  (PLACEHOLDERS as readonly string[]).includes(name);

/** The value to put in for `name`: trimmed, one line; null when there is none. */
function valueOf(values: PlaceholderValues, name: string): string | null {
  if (!isPlaceholder(name)) return null;
  const value = values[name]?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

export interface Filled {
  text: string;
  /** The placeholders left in `text` (as written, each once, in order): they need a value. */
  unfilled: string[];
}

/** Fill every placeholder that has a value, in one pass (a value is never filled again). */
export function fillPlaceholders(text: string, values: PlaceholderValues): Filled {
  const filled = text.replace(KNOWN_SLOT, (slot, name: string) => valueOf(values, name) ?? slot);
  return { text: filled, unfilled: unfilledIn(filled) };
}

/** Every `{{…}}` in `text`, each once, in order of appearance. */
export function unfilledIn(text: string): string[] {
  return [...new Set(text.match(ANY_SLOT) ?? [])];
}

/** The placeholder name of a slot (`{{ firstName }}` → firstName), or null for an unknown one. */
export function placeholderOf(slot: string): Placeholder | null {
  const name = /^\{\{\s*([A-Za-z]+)\s*\}\}$/.exec(slot)?.[1];
  return name !== undefined && isPlaceholder(name) ? name : null;
}

/** Put `value` in for one slot everywhere in `text` (the rep filled it in the preview). */
export function fillSlot(text: string, slot: string, value: string): string {
  const clean = value.replace(/\s+/g, ' ').trim();
  return clean ? text.split(slot).join(clean) : text;
}

/** A message may go out only when none of its parts holds anything in double braces. */
export function canSend(...parts: string[]): boolean {
  return parts.every((part) => unfilledIn(part).length === 0);
}
