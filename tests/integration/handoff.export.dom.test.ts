/**
 * The handoff notes for a won deal built through the store (create → qualify → win →
 * Post-Sale → fill the checklist), rendered by the real exporters and checked section by
 * section; and hostile text typed into the checklist comes out inert.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import {
  handoffFileName,
  handoffMailto,
  MAILTO_MAX_LENGTH,
  renderHandoffHtml,
  renderHandoffMarkdown,
} from '../../src/shared/domains/handoff/notes';
import { XSS_PAYLOADS } from '../../src/shared/domains/handoff/notes/testing/xss-corpus';
import { defaultHandoffTemplate } from '../../src/shared/engine';
import { createWonDeal, WON_DEAL } from '../../src/shared/domains/handoff/testing/wonDeal';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

// Many store round trips on fake IndexedDB: generous limits so a busy machine never fails a test on time.
vi.setConfig({ testTimeout: 60_000 });

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness({ start: new Date(2026, 10, 2, 9, 30).getTime() });
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

/** A won deal whose checklist the rep has worked on: a few items filled, ticked and dated. */
async function workedDeal() {
  const { deal } = await createWonDeal(client);
  const checklist = (await client.call('handoff.get', { dealId: deal.id }))!;
  const sec = (key: string) => checklist.sections.find((s) => s.key === key)!;
  const set = (key: string, index: number, patch: { value?: string; done?: boolean; date?: string }) =>
    client.call('handoff.updateItem', {
      dealId: deal.id,
      sectionId: sec(key).id,
      itemId: sec(key).items[index]!.id,
      patch,
    });
  await set('priorities', 0, { done: true });
  await set('priorities', 1, { value: 'Real-time ETAs for key accounts', done: true });
  await set('milestones', 1, { date: '2026-12-01', value: 'Condition of satisfaction: 250 trucks live' });
  await set('sensitive-topics', 0, {
    value: 'Do not mention the 2024 outage of their old vendor',
    done: true,
  });
  return deal;
}

/** The Markdown split into its `## ` sections, by heading. */
function markdownSections(md: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('## ')) sections.set(line.slice(3), (current = []));
    else if (current && line.trim()) current.push(line);
  }
  return sections;
}

describe('handoff notes of a won deal, through the store', () => {
  it('Markdown: title, deal facts, contacts, every checklist section in order, key moments, notes', async () => {
    const deal = await workedDeal();
    const md = renderHandoffMarkdown(await client.call('handoff.exportDoc', { dealId: deal.id }));
    expect(md.split('\n')[0]).toBe(`# Handoff notes: ${WON_DEAL.title}`);
    expect(md).toContain('Generated 2026-11-02 09:30');
    const sections = markdownSections(md);
    const titles = defaultHandoffTemplate().map((s) => s.title);
    expect([...sections.keys()]).toEqual([
      'Deal facts',
      'Contacts and roles',
      ...titles,
      'Key moments',
      'Notes from sales',
    ]);

    expect(sections.get('Deal facts')).toEqual(
      expect.arrayContaining([
        `- **Company:** ${WON_DEAL.companyName}`,
        '- **Signed:** 2026-10-28',
        '- **Contract value:** $144,000.00',
        '- **Contract term:** 36 months',
        '- **PO number:** PO-2026-0412',
        '- **Solution tier:** Business',
        '- **Reference customer:** Yes',
        '- **Case study:** Yes',
      ]),
    );
    expect(sections.get('Contacts and roles')).toEqual([
      '- **Katrin Vogel** (Decision-maker) · COO · k.vogel@nordwind.example',
      '- **Jonas Berg** (Champion) · Head of Dispatch · j.berg@nordwind.example · +49 40 555 0101',
    ]);
    expect(sections.get('Top business priorities for buying')).toEqual([
      `- ☑ **Primary business goal**: ${WON_DEAL.priority}`,
      '- ☑ **Secondary goals**: Real-time ETAs for key accounts',
      '- ☐ **How the customer will measure success**',
    ]);
    expect(sections.get('Pain points found in discovery')).toEqual([
      `- ☐ **Most pressing pain point**: ${WON_DEAL.need}`,
      `- ☐ **Other pain points raised**: ${WON_DEAL.challenge}`,
      '- ☐ **Workarounds they use today**',
      `- ☐ **Pain point noted in discovery**: ${WON_DEAL.painSubject}: ${WON_DEAL.painBody}`,
    ]);
    expect(sections.get('Milestone dates for conditions of satisfaction')).toEqual([
      '- ☐ **Kick-off**',
      '- ☐ **Go-live** (2026-12-01): Condition of satisfaction: 250 trucks live',
      '- ☐ **First business review**',
    ]);
    expect(sections.get('Sensitive topics to avoid')).toEqual([
      '- ☑ **Topics, history or people to handle with care**: Do not mention the 2024 outage of their old vendor',
    ]);
    expect(sections.get('Stakeholders and roles')).toEqual([
      '- ☐ **Katrin Vogel — Decision-maker**: COO · k.vogel@nordwind.example',
      '- ☐ **Jonas Berg — Champion**: Head of Dispatch · j.berg@nordwind.example · +49 40 555 0101',
    ]);
    // The money format follows the currency the checklist was built with (see build.ts).
    const [terms, renewal] = sections.get('Commercial terms') ?? [];
    expect(terms).toMatch(
      /^- ☐ \*\*Contract value and term\*\*: (\$144,000\.00|144,000) over 36 months \(PO PO-2026-0412, signed 2026-10-28\)$/,
    );
    expect(renewal).toBe('- ☐ **Renewal date**: 2029-10-28');
    const moments = sections.get('Key moments')!;
    expect(moments[0]).toBe('- 2026-11-02: Lead created in Lead Generation');
    expect(moments).toEqual(
      expect.arrayContaining([
        '- 2026-11-02: Meeting: Discovery workshop with dispatch',
        '- 2026-11-02: Moved from Closed Deal to Post-Sale',
      ]),
    );
    expect(sections.get('Notes from sales')).toEqual(['Procurement insisted on a 36-month term.']);
  });

  it('HTML: a standalone document with the same sections, ticks, dates and contacts', async () => {
    const deal = await workedDeal();
    const doc = await client.call('handoff.exportDoc', { dealId: deal.id });
    const dom = new DOMParser().parseFromString(renderHandoffHtml(doc), 'text/html');
    expect(dom.querySelector('h1')?.textContent).toBe(`Handoff notes: ${WON_DEAL.title}`);
    expect(
      dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
    expect([...dom.querySelectorAll('h2')].map((e) => e.textContent)).toEqual([
      'Deal facts',
      'Contacts and roles',
      ...defaultHandoffTemplate().map((s) => s.title),
      'Key moments',
      'Notes from sales',
    ]);
    const facts = new Map(
      [...dom.querySelectorAll('#deal-facts dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
    );
    expect(facts.get('Company')).toBe(WON_DEAL.companyName);
    expect(facts.get('Contract value')).toBe('$144,000.00');
    expect(facts.get('PO number')).toBe('PO-2026-0412');
    const rows = [...dom.querySelectorAll('#contacts tbody tr')].map((tr) =>
      [...tr.children].map((td) => td.textContent),
    );
    expect(rows).toEqual([
      ['Katrin Vogel', 'Decision-maker', 'COO', 'k.vogel@nordwind.example', ''],
      ['Jonas Berg', 'Champion', 'Head of Dispatch', 'j.berg@nordwind.example', '+49 40 555 0101'],
    ]);
    const section = (key: string) => dom.querySelector(`section[data-key="${key}"]`)!;
    const priorities = [...section('priorities').querySelectorAll('li')];
    expect(
      priorities.map((li) => [
        li.className,
        li.querySelector('.label')?.textContent,
        li.querySelector('.value')?.textContent ?? '',
      ]),
    ).toEqual([
      ['done', 'Primary business goal', WON_DEAL.priority],
      ['done', 'Secondary goals', 'Real-time ETAs for key accounts'],
      ['open', 'How the customer will measure success', ''],
    ]);
    const goLive = section('milestones').querySelectorAll('li')[1]!;
    expect(goLive.querySelector('.date')?.textContent).toBe('2026-12-01');
    expect(section('pain-points').textContent).toContain(`${WON_DEAL.painSubject}: ${WON_DEAL.painBody}`);
    expect(dom.querySelectorAll('#timeline li').length).toBeGreaterThanOrEqual(5);
    expect(dom.querySelector('#notes')?.textContent).toContain('Procurement insisted on a 36-month term.');
    expect(handoffFileName(doc, 'html')).toBe(
      `Handoff - ${WON_DEAL.companyName} - ${WON_DEAL.title} - 2026-11-02.html`,
    );
    expect(handoffMailto(doc, 'cs@vendor.example').length).toBeLessThanOrEqual(MAILTO_MAX_LENGTH);
  });

  it('hostile text typed into the checklist exports as inert text', async () => {
    const { deal } = await createWonDeal(client);
    const checklist = (await client.call('handoff.get', { dealId: deal.id }))!;
    const target = checklist.sections.find((s) => s.key === 'sensitive-topics')!;
    for (const payload of XSS_PAYLOADS) {
      await client.call('handoff.updateItem', {
        dealId: deal.id,
        sectionId: target.id,
        itemId: target.items[0]!.id,
        patch: { value: payload, label: payload.slice(0, 300) },
      });
      const doc = await client.call('handoff.exportDoc', { dealId: deal.id });
      const html = renderHandoffHtml(doc);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<[^>]*\son\w+\s*=/i);
      expect(html).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
      const dom = new DOMParser().parseFromString(html, 'text/html');
      expect(
        dom.querySelectorAll('script, iframe, img, svg, a, link, object, embed, base, form, details, math'),
      ).toHaveLength(0);
      for (const el of dom.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name).not.toMatch(/^on/i);
          expect(attr.value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
        }
      }
      const item = dom.querySelector('section[data-key="sensitive-topics"] li');
      expect(item?.querySelector('.value')?.textContent).toBe(payload.trim().replace(/\n/g, ''));
      const md = renderHandoffMarkdown(doc);
      expect(md).not.toContain('<');
      expect(md).not.toMatch(/(^|[^\\])\[/m);
    }
  });
});
