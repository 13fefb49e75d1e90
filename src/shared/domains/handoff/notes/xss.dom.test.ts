import { describe, expect, it } from 'vitest';
import type { HandoffDoc } from './types';
import { renderHandoffHtml } from './html';
import { renderHandoffMarkdown } from './markdown';
import { fixtureChecklist, fixtureDoc, fixtureItem, fixtureSection } from './testing/fixture';
import { XSS_PAYLOADS } from './testing/xss-corpus';

/** A document with `payload` in every free-text field a rep or contact can fill. */
function hostileDoc(payload: string): HandoffDoc {
  const doc = fixtureDoc({
    repName: payload,
    timeline: [{ at: 0, text: payload }],
    checklist: fixtureChecklist([
      fixtureSection(payload, payload, [fixtureItem(payload, { value: payload, done: true })]),
    ]),
  });
  doc.deal = {
    ...doc.deal,
    title: payload,
    companyName: payload,
    campaign: payload,
    notes: payload,
    profile: { ...doc.deal.profile, longTermNeeds: payload, industry: payload },
  };
  doc.company = doc.company ? { ...doc.company, name: payload, industry: payload } : null;
  doc.contacts = doc.contacts.map(({ contact, role }) => ({
    role,
    contact: { ...contact, name: payload, title: payload, email: payload, phone: payload },
  }));
  return doc;
}

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'header',
  'main',
  'h1',
  'h2',
  'p',
  'section',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'ol',
  'li',
  'span',
  'time',
  'br',
]);
const ALLOWED_ATTRS = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'class',
  'id',
  'scope',
  'aria-label',
  'datetime',
  'data-key',
]);

describe('hostile text is inert in the HTML handoff', () => {
  it.each(XSS_PAYLOADS)('%j', (payload) => {
    const html = renderHandoffHtml(hostileDoc(payload));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);

    const dom = new DOMParser().parseFromString(html, 'text/html');
    const elements = Array.from(dom.querySelectorAll('*'));
    for (const el of elements) {
      expect(ALLOWED_TAGS.has(el.localName), `unexpected <${el.localName}>`).toBe(true);
      for (const attr of Array.from(el.attributes)) {
        expect(ALLOWED_ATTRS.has(attr.name), `unexpected attribute ${attr.name}`).toBe(true);
        expect(attr.name).not.toMatch(/^on/i);
        expect(attr.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
      }
    }
    expect(dom.querySelectorAll('script, iframe, img, svg, a, link, object, embed, base, form')).toHaveLength(
      0,
    );
    expect(dom.querySelectorAll('meta[http-equiv]')).toHaveLength(1);

    // The payload shows up as literal text.
    expect(dom.querySelector('h1')?.textContent).toBe(`Handoff notes: ${payload}`);
    expect(dom.querySelector('.checklist-section .value')?.textContent).toBe(payload.replace(/\n/g, ''));
  });
});

describe('hostile text is inert in the Markdown handoff', () => {
  it.each(XSS_PAYLOADS)('%j', (payload) => {
    const md = renderHandoffMarkdown(hostileDoc(payload));
    // No raw HTML tag, comment or autolink can open: every < is an entity.
    expect(md).not.toContain('<');
    // No link or image: every [ is backslash-escaped.
    expect(md).not.toMatch(/(^|[^\\])\[/m);
    // No code span or fence, emphasis, table or strikethrough from user text.
    expect(md).not.toMatch(/(^|[^\\])[`|~]/m);
    // No user text starts a block: every line is ours (heading, list, meta) or indented continuation.
    for (const line of md.split('\n')) {
      expect(line).toMatch(/^(# Handoff notes: |## |- |Generated |_| {2}\S|\\|[^#>|`\s-]|$)/);
    }
  });
});
