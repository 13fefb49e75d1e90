import { buildOutline, type HandoffOutline, type HandoffOutlineItem } from './outline';
import { escapeMarkdown as md } from './escape';
import { TICKED, UNTICKED } from './format';
import type { HandoffDoc } from './types';

const ITEM_INDENT = '  ';

function itemLine(item: HandoffOutlineItem): string {
  const parts = [`- ${item.done ? TICKED : UNTICKED} **${md(item.label.trim(), ITEM_INDENT)}**`];
  if (item.date) parts.push(` (${item.date})`);
  if (item.value.trim()) parts.push(`: ${md(item.value, ITEM_INDENT)}`);
  return parts.join('');
}

function headerLines(o: HandoffOutline): string[] {
  const lines = [`# Handoff notes: ${md(o.title)}`, ''];
  const meta = [`Generated ${o.generated}`];
  if (o.repName) meta.push(`by ${md(o.repName)}`);
  lines.push(`${meta.join(' ')}`, '');
  return lines;
}

function factLines(o: HandoffOutline): string[] {
  return ['## Deal facts', '', ...o.facts.map((f) => `- **${f.label}:** ${md(f.value, ITEM_INDENT)}`), ''];
}

function contactLines(o: HandoffOutline): string[] {
  const lines = ['## Contacts and roles', ''];
  if (o.contacts.length === 0) lines.push('_No contacts recorded._');
  for (const c of o.contacts) {
    const details = [c.title, c.email, c.phone].filter((d) => d.trim()).map((d) => md(d, ITEM_INDENT));
    const tail = details.length ? ` · ${details.join(' · ')}` : '';
    lines.push(`- **${md(c.name.trim(), ITEM_INDENT) || 'Unnamed contact'}** (${c.role})${tail}`);
  }
  lines.push('');
  return lines;
}

function sectionLines(o: HandoffOutline): string[] {
  return o.sections.flatMap((section) => [
    `## ${md(section.title)}`,
    '',
    ...(section.items.length ? section.items.map(itemLine) : ['_Nothing recorded._']),
    '',
  ]);
}

function timelineLines(o: HandoffOutline): string[] {
  if (o.timeline.length === 0) return [];
  return ['## Key moments', '', ...o.timeline.map((t) => `- ${t.date}: ${md(t.text, ITEM_INDENT)}`), ''];
}

function notesLines(o: HandoffOutline): string[] {
  const notes = md(o.notes, '', true);
  return notes ? ['## Notes from sales', '', notes, ''] : [];
}

/**
 * The handoff notes as Markdown. Every piece of user text is escaped so it renders as
 * literal text in any CommonMark/GFM viewer (see `escape.ts`).
 */
export function renderHandoffMarkdown(doc: HandoffDoc): string {
  const o = buildOutline(doc);
  const lines = [
    ...headerLines(o),
    ...factLines(o),
    ...contactLines(o),
    ...sectionLines(o),
    ...timelineLines(o),
    ...notesLines(o),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
