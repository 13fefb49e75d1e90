import { describe, expect, it } from 'vitest';
import { renderHandoffMarkdown } from './markdown';
import { fixtureChecklist, fixtureDoc, fixtureItem, fixtureSection } from './testing/fixture';

/** The lines of one `## ` section (without its heading), up to the next heading. */
function section(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.indexOf(`## ${heading}`);
  expect(start, `section "${heading}"`).toBeGreaterThan(-1);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  return (end === -1 ? rest : rest.slice(0, end)).filter((l) => l !== '');
}

describe('renderHandoffMarkdown (won deal fixture)', () => {
  const md = renderHandoffMarkdown(fixtureDoc());

  it('starts with the title and the generated date and rep', () => {
    expect(md.split('\n').slice(0, 3)).toEqual([
      '# Handoff notes: Fleet telematics rollout',
      '',
      'Generated 2025-06-02 09:05 by Sam Rep',
    ]);
    expect(md.endsWith('\n')).toBe(true);
  });

  it("shows the deal's amounts in its own currency, not the home one", () => {
    const doc = fixtureDoc();
    const md = renderHandoffMarkdown({ ...doc, deal: { ...doc.deal, currency: 'CHF' } });
    // Intl writes a no-break space after the code.
    const facts = section(md, 'Deal facts').map((line) => line.replace(/\u00a0/g, ' '));
    expect(facts).toContain('- **Deal value:** CHF 48,000.00');
    expect(facts).toContain('- **Contract value:** CHF 144,000.00');
  });

  it('lists the deal facts', () => {
    expect(section(md, 'Deal facts')).toEqual([
      '- **Company:** Nordwind Logistics GmbH',
      '- **Industry:** Logistics',
      '- **Company size:** 201-1000 employees',
      '- **Deal value:** €48,000.00',
      '- **Signed:** 2025-05-28',
      '- **Contract value:** €144,000.00',
      '- **Contract term:** 36 months',
      '- **PO number:** PO-2025-0412',
      '- **Solution tier:** Business',
      '- **Source:** Event attendee (campaign: LogiMAT 2025)',
      '- **Project size:** Large',
      '- **Urgency:** High',
      '- **Staffing and support:** Own staff, needs a customer-success manager',
      '- **Long-term needs:** Add route optimisation module in 2026',
      '- **Reference customer:** Yes',
      '- **Testimonial:** No',
      '- **Case study:** Yes',
    ]);
  });

  it('lists contacts with their roles', () => {
    expect(section(md, 'Contacts and roles')).toEqual([
      '- **Katrin Vogel** (Decision-maker) · COO · k.vogel@nordwind.example · +49 40 1234 567',
      '- **Jonas Berg** (Champion) · Head of Dispatch · j.berg@nordwind.example',
    ]);
  });

  it('renders every checklist section with ticks, values and milestone dates', () => {
    expect(section(md, 'Top business priorities')).toEqual([
      '- ☑ **Cut fuel cost**: Target: 8% lower diesel spend by Q4',
      '- ☑ **Real-time ETAs for customers**: Their key accounts ask for it',
    ]);
    expect(section(md, 'Pain points from discovery')).toEqual([
      '- ☑ **Manual driver logs**: Paper logs, typed in weekly',
    ]);
    expect(section(md, 'Milestones')).toEqual([
      '- ☐ **Pilot with 20 trucks live** (2025-07-01)',
      '- ☐ **Full fleet live** (2025-10-15): Condition of satisfaction',
    ]);
    expect(section(md, 'What CS should focus on')).toEqual([
      '- ☑ **Dispatcher training**: Two shifts, German-speaking trainer',
    ]);
    expect(section(md, 'Sensitive topics to avoid')).toEqual([
      '- ☑ **Previous vendor failure**: Do not mention the 2023 outage',
    ]);
    expect(section(md, 'Stakeholders')).toEqual(['- ☑ **Works council informed**']);
    expect(section(md, 'Solution')).toEqual(['- ☑ **Business tier, 250 units**']);
    expect(section(md, 'Support')).toEqual(['- ☐ **Named CSM**']);
    expect(section(md, 'Commercial')).toEqual(['- ☑ **Quarterly invoicing**: Net 30']);
    expect(section(md, 'Commitments made in sales')).toEqual(['_Nothing recorded._']);
  });

  it('lists key moments oldest first, then the sales notes', () => {
    expect(section(md, 'Key moments')).toEqual([
      '- 2025-02-03: Met at LogiMAT booth',
      '- 2025-04-10: Pilot scope agreed',
      '- 2025-05-28: Contract signed',
    ]);
    expect(section(md, 'Notes from sales')).toEqual([
      'Procurement insisted on a 36-month term.  ',
      'IT security review passed on 2025-05-20.',
    ]);
  });

  it('keeps section order as in the checklist', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Deal facts',
      '## Contacts and roles',
      '## Top business priorities',
      '## Pain points from discovery',
      '## Milestones',
      '## What CS should focus on',
      '## Sensitive topics to avoid',
      '## Stakeholders',
      '## Solution',
      '## Support',
      '## Commercial',
      '## Commitments made in sales',
      '## Key moments',
      '## Notes from sales',
    ]);
  });

  it('omits won-only facts, contacts and empty parts for an open deal without company', () => {
    const doc = fixtureDoc({
      company: null,
      contacts: [],
      timeline: [],
      repName: undefined,
      currency: undefined,
    });
    doc.deal = { ...doc.deal, outcome: null, notes: '', companyName: 'Solo Ltd', value: 1234.5 };
    const out = renderHandoffMarkdown(doc);
    expect(out).toContain('Generated 2025-06-02 09:05\n');
    expect(out).toContain('- **Company:** Solo Ltd');
    expect(out).toContain('- **Deal value:** 1,234.5');
    expect(out).not.toContain('Signed');
    expect(section(out, 'Contacts and roles')).toEqual(['_No contacts recorded._']);
    expect(out).not.toContain('## Key moments');
    expect(out).not.toContain('## Notes from sales');
  });

  it('escapes hostile text in titles, labels, values, contacts and notes', () => {
    const doc = fixtureDoc({
      checklist: fixtureChecklist([
        fixtureSection('priorities', '# Priorities <b>', [
          fixtureItem('[x](javascript:alert(1))', {
            value: '<script>alert(1)</script>\n# heading\n| a | b |\n`code`',
          }),
        ]),
      ]),
    });
    doc.deal = { ...doc.deal, title: '<img src=x onerror=alert(1)>', notes: '- [a](data:text/html,x)' };
    const first = doc.contacts[0];
    if (first)
      doc.contacts = [{ ...first, contact: { ...first.contact, name: '**Bold** <svg onload=alert(1)>' } }];
    const out = renderHandoffMarkdown(doc);
    expect(out).toContain('# Handoff notes: &lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('## # Priorities &lt;b&gt;');
    expect(out).toContain(
      '- ☐ **\\[x\\](javascript:alert(1))**: &lt;script&gt;alert(1)&lt;/script&gt;  \n  \\# heading  \n  \\| a \\| b \\|  \n  \\`code\\`',
    );
    expect(out).toContain('- **\\*\\*Bold\\*\\* &lt;svg onload=alert(1)&gt;** (Decision-maker)');
    expect(section(out, 'Notes from sales')).toEqual(['\\- \\[a\\](data:text/html,x)']);
    expect(out).not.toMatch(/<[a-z!/]/i);
  });
});
