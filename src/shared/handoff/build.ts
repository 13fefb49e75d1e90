import type { Activity, Contact, Deal, DecisionRole, HandoffChecklist, HandoffItem, HandoffTemplate } from '../model';

export interface BuildHandoffInput {
  deal: Deal;
  contacts: { contact: Contact; role: DecisionRole }[];
  activities: readonly Activity[];
  template: HandoffTemplate;
  newId: () => string;
  now: number;
}

const STAFFING_LABELS: Record<string, string> = {
  'own-staff': 'their own staff',
  consulting: 'consulting',
  'premium-support': 'premium support',
  csm: 'a customer-success manager',
};

/** What the rep already told us, by template section key: values for the first items, then extras. */
function prefill(input: BuildHandoffInput): Record<string, { values: string[]; extra: { label: string; value: string }[] }> {
  const { deal, contacts, activities } = input;
  const painNotes = activities.filter((a) => a.painPoint).map((a) => [a.subject, a.body].filter(Boolean).join(': '));
  const won = deal.outcome?.kind === 'won' ? deal.outcome : null;
  const commercial = won
    ? [
        `${won.contractValue} ${won.termMonths ? `over ${won.termMonths} months` : ''}`.trim(),
        won.poNumber ? `PO ${won.poNumber}` : '',
        `Signed ${won.signedDate}`,
      ].filter(Boolean)
    : [];
  return {
    'pain-points': {
      values: [deal.bant.need.note, deal.champ.challenges.note],
      extra: painNotes.map((note) => ({ label: 'Pain point noted in discovery', value: note })),
    },
    priorities: { values: [deal.champ.prioritization.note], extra: [] },
    stakeholders: {
      values: [],
      extra: contacts.map(({ contact, role }) => ({
        label: `${contact.name} — ${role}`,
        value: [contact.title, contact.email, contact.phone].filter(Boolean).join(' · '),
      })),
    },
    solution: { values: [deal.profile.solutionTier ?? '', '', deal.profile.longTermNeeds], extra: [] },
    support: {
      values: [deal.profile.staffing.map((s) => STAFFING_LABELS[s] ?? s).join(', ')],
      extra: [],
    },
    commercial: { values: [commercial.join('; ')], extra: [] },
  };
}

/**
 * A new handoff checklist from the template, prefilled from the deal: BANT need, CHAMP
 * challenges and notes marked as pain points; the deal's contacts as stakeholders; the
 * solution tier, long-term and support needs; the commercial terms of the won outcome.
 */
export function buildHandoffChecklist(input: BuildHandoffInput): HandoffChecklist {
  const fills = prefill(input);
  const item = (label: string, value: string): HandoffItem => ({ id: input.newId(), label, value, done: false, date: null });
  const sections = input.template.map((section) => {
    const fill = fills[section.key];
    const fromTemplate = section.items.map((label, i) => item(label, fill?.values[i] ?? ''));
    // Stakeholders: the deal's real contacts replace the generic placeholders when there are any.
    const base = section.key === 'stakeholders' && fill?.extra.length ? [] : fromTemplate;
    return {
      id: input.newId(),
      key: section.key,
      title: section.title,
      items: [...base, ...(fill?.extra ?? []).map((e) => item(e.label, e.value))],
    };
  });
  return { id: input.newId(), dealId: input.deal.id, sections, createdAt: input.now, updatedAt: input.now };
}
