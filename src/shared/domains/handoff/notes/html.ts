import { buildOutline, type HandoffOutline, type HandoffOutlineItem } from './outline';
import { escapeHtml as h, htmlMultiline } from './escape';
import { HANDOFF_CSS } from './html-style';
import { TICKED, UNTICKED } from './format';
import type { HandoffDoc } from './types';

/** No scripts, no external anything: only the inline stylesheet may apply. */
export const HANDOFF_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function item(i: HandoffOutlineItem): string {
  const state = i.done ? 'done' : 'open';
  const date = i.date ? ` <span class="date">${h(i.date)}</span>` : '';
  const value = i.value.trim() ? `<span class="value">${htmlMultiline(i.value.trim())}</span>` : '';
  return (
    `<li class="${state}"><span class="box" aria-label="${i.done ? 'done' : 'not done'}">` +
    `${i.done ? TICKED : UNTICKED}</span><span class="label">${h(i.label)}</span>${date}${value}</li>`
  );
}

function facts(o: HandoffOutline): string {
  const rows = o.facts.map((f) => `<dt>${h(f.label)}</dt><dd>${htmlMultiline(f.value)}</dd>`).join('\n');
  return `<section id="deal-facts"><h2>Deal facts</h2>\n<dl class="facts">\n${rows}\n</dl></section>`;
}

function contacts(o: HandoffOutline): string {
  if (o.contacts.length === 0) {
    return '<section id="contacts"><h2>Contacts and roles</h2><p class="empty">No contacts recorded.</p></section>';
  }
  const rows = o.contacts
    .map(
      (c) =>
        `<tr><td>${h(c.name)}</td><td>${h(c.role)}</td><td>${h(c.title)}</td><td>${h(c.email)}</td><td>${h(c.phone)}</td></tr>`,
    )
    .join('\n');
  return (
    '<section id="contacts"><h2>Contacts and roles</h2>\n<table>\n' +
    '<thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Title</th>' +
    '<th scope="col">E-mail</th><th scope="col">Phone</th></tr></thead>\n' +
    `<tbody>\n${rows}\n</tbody></table></section>`
  );
}

/** Section keys are template ids; keep only slug characters in the attribute. */
const slug = (key: string): string =>
  key
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');

function sections(o: HandoffOutline): string {
  return o.sections
    .map((s) => {
      const body = s.items.length
        ? `<ul class="checklist">\n${s.items.map(item).join('\n')}\n</ul>`
        : '<p class="empty">Nothing recorded.</p>';
      return `<section class="checklist-section" data-key="${h(slug(s.key))}"><h2>${h(s.title)}</h2>\n${body}</section>`;
    })
    .join('\n');
}

function timeline(o: HandoffOutline): string {
  if (o.timeline.length === 0) return '';
  const rows = o.timeline.map(
    (t) => `<li><time datetime="${h(t.date)}">${h(t.date)}</time> ${htmlMultiline(t.text)}</li>`,
  );
  return `<section id="timeline"><h2>Key moments</h2>\n<ol class="timeline">\n${rows.join('\n')}\n</ol></section>`;
}

function notes(o: HandoffOutline): string {
  const text = o.notes.trim();
  return text ? `<section id="notes"><h2>Notes from sales</h2><p>${htmlMultiline(text)}</p></section>` : '';
}

/**
 * The handoff notes as one standalone HTML document: strict CSP, embedded print CSS,
 * no scripts, no links, no external resources. All user text is HTML-escaped.
 */
export function renderHandoffHtml(doc: HandoffDoc): string {
  const o = buildOutline(doc);
  const byline = o.repName ? ` by ${h(o.repName)}` : '';
  const company = o.companyName.trim() ? `${h(o.companyName)} · ` : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${HANDOFF_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>Handoff notes: ${h(o.title)}</title>`,
    `<style>${HANDOFF_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Handoff notes: ${h(o.title)}</h1>`,
    `<p class="meta">${company}Generated ${h(o.generated)}${byline}</p>`,
    '</header>',
    '<main>',
    facts(o),
    contacts(o),
    sections(o),
    timeline(o),
    notes(o),
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}
