import { describe, expect, it } from 'vitest';
import { renderHandoffHtml, HANDOFF_CSP } from './html';
import { fixtureDoc } from './testing/fixture';

/** The inner HTML of the `<section>` whose `<h2>` is `heading`. */
function section(html: string, heading: string): string {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  expect(start, `section "${heading}"`).toBeGreaterThan(-1);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

describe('renderHandoffHtml (won deal fixture)', () => {
  const html = renderHandoffHtml(fixtureDoc());

  it('is a complete standalone document with a strict CSP and embedded print CSS, and no script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(HANDOFF_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|href=|src=/i);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has the title, company, generated date and rep in the header', () => {
    expect(html).toContain('<title>Handoff notes: Fleet telematics rollout</title>');
    expect(html).toContain('<h1>Handoff notes: Fleet telematics rollout</h1>');
    expect(html).toContain(
      '<p class="meta">Nordwind Logistics GmbH · Generated 2025-06-02 09:05 by Sam Rep</p>',
    );
  });

  it('lists deal facts as a definition list', () => {
    const facts = section(html, 'Deal facts');
    for (const [dt, dd] of [
      ['Company', 'Nordwind Logistics GmbH'],
      ['Deal value', '€48,000.00'],
      ['Signed', '2025-05-28'],
      ['Contract value', '€144,000.00'],
      ['Contract term', '36 months'],
      ['PO number', 'PO-2025-0412'],
      ['Solution tier', 'Business'],
      ['Source', 'Event attendee (campaign: LogiMAT 2025)'],
      ['Staffing and support', 'Own staff, needs a customer-success manager'],
      ['Reference customer', 'Yes'],
      ['Testimonial', 'No'],
      ['Case study', 'Yes'],
    ]) {
      expect(facts).toContain(`<dt>${dt}</dt><dd>${dd}</dd>`);
    }
  });

  it('lists contacts in a table', () => {
    const contacts = section(html, 'Contacts and roles');
    expect(contacts).toContain(
      '<tr><td>Katrin Vogel</td><td>Decision-maker</td><td>COO</td><td>k.vogel@nordwind.example</td><td>+49 40 1234 567</td></tr>',
    );
    expect(contacts).toContain(
      '<tr><td>Jonas Berg</td><td>Champion</td><td>Head of Dispatch</td><td>j.berg@nordwind.example</td><td></td></tr>',
    );
  });

  it('renders every checklist section with ticks, values and dates', () => {
    for (const key of [
      'priorities',
      'pain-points',
      'milestones',
      'cs-focus',
      'sensitive-topics',
      'stakeholders',
      'solution',
      'support',
      'commercial',
      'commitments',
    ]) {
      expect(html).toContain(`<section class="checklist-section" data-key="${key}">`);
    }
    expect(section(html, 'Milestones')).toContain(
      '<li class="open"><span class="box" aria-label="not done">☐</span><span class="label">Full fleet live</span> <span class="date">2025-10-15</span><span class="value">Condition of satisfaction</span></li>',
    );
    expect(section(html, 'Top business priorities')).toContain(
      '<li class="done"><span class="box" aria-label="done">☑</span><span class="label">Cut fuel cost</span><span class="value">Target: 8% lower diesel spend by Q4</span></li>',
    );
    expect(section(html, 'Commitments made in sales')).toContain('<p class="empty">Nothing recorded.</p>');
  });

  it('lists key moments oldest first and keeps line breaks in notes', () => {
    const moments = section(html, 'Key moments');
    const order = ['Met at LogiMAT booth', 'Pilot scope agreed', 'Contract signed'].map((t) =>
      moments.indexOf(t),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(moments).toContain('<li><time datetime="2025-02-03">2025-02-03</time> Met at LogiMAT booth</li>');
    expect(section(html, 'Notes from sales')).toContain(
      'Procurement insisted on a 36-month term.<br>IT security review passed on 2025-05-20.',
    );
  });

  it('escapes all five HTML specials in user text', () => {
    const doc = fixtureDoc();
    doc.deal = { ...doc.deal, title: `Tom & Jerry's "<b>deal</b>"` };
    expect(renderHandoffHtml(doc)).toContain(
      '<h1>Handoff notes: Tom &amp; Jerry&#39;s &quot;&lt;b&gt;deal&lt;/b&gt;&quot;</h1>',
    );
  });
});
