import { addMonths, format } from 'date-fns';
import type {
  Activity,
  Contact,
  Deal,
  DecisionRole,
  HandoffChecklist,
  HandoffItem,
  HandoffTemplate,
  WonOutcome,
} from '../../model';
import { capitalise, formatMoney, ROLE_LABELS } from './notes/format';

export interface BuildHandoffInput {
  deal: Deal;
  contacts: { contact: Contact; role: DecisionRole }[];
  activities: readonly Activity[];
  template: HandoffTemplate;
  /** ISO 4217 code for money in the commercial terms (Settings.currency), unless the deal has its own. */
  currency?: string;
  newId: () => string;
  now: number;
}

const STAFFING_LABELS: Record<string, string> = {
  'own-staff': 'their own staff',
  consulting: 'consulting',
  'premium-support': 'premium support',
  csm: 'a customer-success manager',
};

const LABEL_MAX = 300;
const VALUE_MAX = 20_000;
const ITEMS_MAX = 200;

/** At most `max` UTF-16 units, never splitting a surrogate pair; trimmed. */
function clip(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let out = '';
  for (const char of trimmed) {
    if (out.length + char.length > max) break;
    out += char;
  }
  return out.trim();
}

/** `YYYY-MM-DD` plus `months` (end-of-month safe: Jan 31 + 1 month = Feb 28/29). */
export function renewalDate(signedDate: string, months: number): string {
  const [y, m, d] = signedDate.split('-').map(Number);
  return format(addMonths(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1), months), 'yyyy-MM-dd');
}

/** Values for the commercial section's first items: value and term, then the renewal date. */
function commercialTerms(won: WonOutcome, currency: string | undefined): string[] {
  const term = won.termMonths ? ` over ${won.termMonths} months` : '';
  const details = [won.poNumber.trim() ? `PO ${won.poNumber.trim()}` : '', `signed ${won.signedDate}`].filter(
    Boolean,
  );
  const valueAndTerm = `${formatMoney(won.contractValue, currency)}${term} (${details.join(', ')})`;
  return [valueAndTerm, won.termMonths ? renewalDate(won.signedDate, won.termMonths) : ''];
}

/** What the rep already told us, by template section key: values for the first items, then extras. */
function prefill(
  input: BuildHandoffInput,
): Record<string, { values: string[]; extra: { label: string; value: string }[] }> {
  const { deal, contacts, activities } = input;
  const painNotes = activities
    .filter((a) => a.painPoint)
    .map((a) => [a.subject, a.body].filter(Boolean).join(': '));
  const won = deal.outcome?.kind === 'won' ? deal.outcome : null;
  const commercial = won ? commercialTerms(won, input.deal.currency ?? input.currency) : [];
  return {
    'pain-points': {
      values: [deal.bant.need.note, deal.champ.challenges.note],
      extra: painNotes.map((note) => ({ label: 'Pain point noted in discovery', value: note })),
    },
    priorities: { values: [deal.champ.prioritization.note], extra: [] },
    stakeholders: {
      values: [],
      extra: contacts.map(({ contact, role }) => ({
        label: `${contact.name} — ${ROLE_LABELS[role]}`,
        value: [contact.title, contact.email, contact.phone].filter(Boolean).join(' · '),
      })),
    },
    solution: {
      values: [capitalise(deal.profile.solutionTier ?? ''), '', deal.profile.longTermNeeds],
      extra: [],
    },
    support: {
      values: [deal.profile.staffing.map((s) => STAFFING_LABELS[s] ?? s).join(', ')],
      extra: [],
    },
    commercial: { values: commercial, extra: [] },
  };
}

/**
 * A new handoff checklist from the template, prefilled from the deal: BANT need, CHAMP
 * challenges and notes marked as pain points; the deal's contacts as stakeholders; the
 * solution tier, long-term and support needs; the commercial terms of the won outcome.
 */
export function buildHandoffChecklist(input: BuildHandoffInput): HandoffChecklist {
  const fills = prefill(input);
  // Prefilled text is cut to the model's bounds, so a long note never makes the checklist invalid.
  const item = (label: string, value: string): HandoffItem => ({
    id: input.newId(),
    label: clip(label, LABEL_MAX) || 'Item',
    value: clip(value, VALUE_MAX),
    done: false,
    date: null,
  });
  const sections = input.template.map((section) => {
    const fill = fills[section.key];
    const fromTemplate = section.items.map((label, i) => item(label, fill?.values[i] ?? ''));
    // Stakeholders: the deal's real contacts replace the generic placeholders when there are any.
    const base = section.key === 'stakeholders' && fill?.extra.length ? [] : fromTemplate;
    const extra = (fill?.extra ?? []).slice(0, Math.max(0, ITEMS_MAX - base.length));
    return {
      id: input.newId(),
      key: section.key,
      title: section.title,
      items: [...base, ...extra.map((e) => item(e.label, e.value))],
    };
  });
  return { id: input.newId(), dealId: input.deal.id, sections, createdAt: input.now, updatedAt: input.now };
}
