import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultHandoffTemplate } from '../../engine';
import { HandoffChecklist, makeActivity, type HandoffChecklist as Checklist } from '../../model';
import { fixtureContact, fixtureDeal } from './notes/testing/fixture';
import { buildHandoffChecklist, renewalDate, type BuildHandoffInput } from './build';

function input(over: Partial<BuildHandoffInput> = {}): BuildHandoffInput {
  let n = 0;
  const deal = fixtureDeal();
  deal.bant.need = { state: 'confirmed', note: 'Dispatch cannot see where trucks are' };
  deal.champ.challenges = { state: 'confirmed', note: 'Fuel costs up 12% this year' };
  deal.champ.prioritization = { state: 'confirmed', note: 'Cut fuel spend before Q4 budget review' };
  return {
    deal,
    contacts: [
      {
        contact: fixtureContact('c-1', {
          name: 'Katrin Vogel',
          title: 'COO',
          email: 'k.vogel@nordwind.example',
        }),
        role: 'decision-maker',
      },
      { contact: fixtureContact('c-2', { name: 'Jonas Berg', title: 'Head of Dispatch' }), role: 'champion' },
    ],
    activities: [
      makeActivity(
        {
          id: 'a1',
          dealId: deal.id,
          type: 'note',
          subject: 'Paper driver logs',
          body: 'Typed in weekly by two clerks',
          painPoint: true,
        },
        1,
      ),
      makeActivity({ id: 'a2', dealId: deal.id, type: 'note', subject: 'Not a pain point' }, 1),
    ],
    template: defaultHandoffTemplate(),
    currency: 'EUR',
    newId: () => `id-${n++}`,
    now: 42,
    ...over,
  };
}

const section = (c: Checklist, key: string) => c.sections.find((s) => s.key === key)!;
const values = (c: Checklist, key: string) => section(c, key).items.map((i) => [i.label, i.value]);

describe('buildHandoffChecklist', () => {
  it('follows the template: every section in order, nothing ticked or dated', () => {
    const c = buildHandoffChecklist(input());
    expect(c.sections.map((s) => s.key)).toEqual(defaultHandoffTemplate().map((s) => s.key));
    expect(c.sections.map((s) => s.title)).toEqual(defaultHandoffTemplate().map((s) => s.title));
    expect(c.sections.flatMap((s) => s.items).every((i) => !i.done && i.date === null)).toBe(true);
    expect(c).toMatchObject({ dealId: 'deal-1', createdAt: 42, updatedAt: 42 });
    expect(HandoffChecklist.safeParse(c).success).toBe(true);
    const allIds = [
      c.id,
      ...c.sections.map((s) => s.id),
      ...c.sections.flatMap((s) => s.items.map((i) => i.id)),
    ];
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('prefills priorities and pain points from CHAMP, BANT and notes marked as pain points', () => {
    const c = buildHandoffChecklist(input());
    expect(values(c, 'priorities')[0]).toEqual([
      'Primary business goal',
      'Cut fuel spend before Q4 budget review',
    ]);
    expect(values(c, 'pain-points')).toEqual([
      ['Most pressing pain point', 'Dispatch cannot see where trucks are'],
      ['Other pain points raised', 'Fuel costs up 12% this year'],
      ['Workarounds they use today', ''],
      ['Pain point noted in discovery', 'Paper driver logs: Typed in weekly by two clerks'],
    ]);
  });

  it("lists the deal's contacts with their roles as stakeholders", () => {
    const c = buildHandoffChecklist(input());
    expect(values(c, 'stakeholders')).toEqual([
      ['Katrin Vogel — Decision-maker', 'COO · k.vogel@nordwind.example'],
      ['Jonas Berg — Champion', 'Head of Dispatch'],
    ]);
    const none = buildHandoffChecklist(input({ contacts: [] }));
    expect(values(none, 'stakeholders').map(([label]) => label)).toEqual(defaultHandoffTemplate()[5]!.items);
  });

  it('fills solution, support and commercial terms from the profile and the won outcome', () => {
    const c = buildHandoffChecklist(input());
    expect(values(c, 'solution')).toEqual([
      ['Tier purchased', 'Business'],
      ['Add-ons and upgrades discussed', ''],
      ['Long-term needs', 'Add route optimisation module in 2026'],
    ]);
    expect(values(c, 'support')[0]![1]).toBe('their own staff, a customer-success manager');
    expect(values(c, 'commercial').slice(0, 2)).toEqual([
      ['Contract value and term', '€144,000.00 over 36 months (PO PO-2025-0412, signed 2025-05-28)'],
      ['Renewal date', '2028-05-28'],
    ]);
  });

  it("writes the terms in the deal's own currency when it has one", () => {
    const c = buildHandoffChecklist(input({ deal: { ...fixtureDeal(), currency: 'GBP' } }));
    expect(values(c, 'commercial')[0]![1]).toMatch(/^£144,000\.00 over 36 months/);
  });

  it('leaves commercial terms empty for a deal without a won outcome', () => {
    const c = buildHandoffChecklist(input({ deal: { ...fixtureDeal(), outcome: null } }));
    expect(values(c, 'commercial').every(([, v]) => v === '')).toBe(true);
  });

  it('computes renewal dates safely at month ends', () => {
    expect(renewalDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(renewalDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(renewalDate('2025-05-28', 36)).toBe('2028-05-28');
  });

  it("always builds a valid checklist, however long or odd the rep's text (property)", () => {
    const text = fc.string({ maxLength: 400 });
    fc.assert(
      fc.property(
        text,
        text,
        fc.string({ maxLength: 21_000 }),
        fc.integer({ min: 0, max: 260 }),
        (name, note, body, painCount) => {
          const base = input();
          base.deal.champ.prioritization.note = note.slice(0, 300);
          const c = buildHandoffChecklist({
            ...base,
            contacts: [
              {
                contact: fixtureContact('c-9', { name: name.slice(0, 300), title: name.slice(0, 300) }),
                role: 'user',
              },
            ],
            activities: Array.from({ length: painCount }, (_, i) =>
              makeActivity(
                {
                  id: `p${i}`,
                  dealId: 'deal-1',
                  type: 'note',
                  subject: name.slice(0, 300),
                  body: body.slice(0, 20_000),
                  painPoint: true,
                },
                1,
              ),
            ),
          });
          expect(HandoffChecklist.safeParse(c).success).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
