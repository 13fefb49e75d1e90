import { TICKED, UNTICKED } from './format';
import { buildOutline } from './outline';
import type { HandoffDoc } from './types';

/** Collapse line breaks so one value stays on one line of the e-mail body. */
const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' / ').trim();

/**
 * The handoff notes as plain text lines (for an e-mail body), most important first:
 * facts, contacts, then the checklist sections in their order, then the key moments.
 */
export function handoffPlainTextLines(doc: HandoffDoc): string[] {
  const o = buildOutline(doc);
  const lines = [
    `Handoff notes: ${oneLine(o.title)}`,
    `Generated ${o.generated}${o.repName ? ` by ${oneLine(o.repName)}` : ''}`,
    '',
  ];
  lines.push('DEAL FACTS', ...o.facts.map((f) => `- ${f.label}: ${oneLine(f.value)}`), '');
  if (o.contacts.length) {
    lines.push('CONTACTS AND ROLES');
    for (const c of o.contacts) {
      const details = [c.title, c.email, c.phone].map(oneLine).filter(Boolean);
      lines.push(
        `- ${oneLine(c.name) || 'Unnamed contact'} (${c.role})${details.length ? `, ${details.join(', ')}` : ''}`,
      );
    }
    lines.push('');
  }
  for (const s of o.sections) {
    lines.push(oneLine(s.title).toUpperCase());
    if (s.items.length === 0) lines.push('(nothing recorded)');
    for (const i of s.items) {
      const date = i.date ? ` (${i.date})` : '';
      const value = i.value.trim() ? `: ${oneLine(i.value)}` : '';
      lines.push(`${i.done ? TICKED : UNTICKED} ${oneLine(i.label)}${date}${value}`);
    }
    lines.push('');
  }
  if (o.timeline.length) {
    lines.push('KEY MOMENTS', ...o.timeline.map((t) => `- ${t.date}: ${oneLine(t.text)}`), '');
  }
  if (o.notes.trim()) lines.push('NOTES FROM SALES', ...o.notes.trim().split(/\r\n?|\n/), '');
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
