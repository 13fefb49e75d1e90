import type { HandoffDoc } from './types';
import { localIsoDate } from '../../../engine';
import {
  capitalise,
  companySizeText,
  formatLocalDateTime,
  formatMoney,
  ROLE_LABELS,
  sourceText,
  staffingText,
} from './format';

/**
 * The handoff notes as plain data, before any format: Markdown, HTML and the e-mail body
 * all render this same outline, so the three never disagree about what is said.
 * Every string here is raw user text; each renderer escapes it for its own format.
 */
export interface HandoffFact {
  label: string;
  value: string;
}

export interface HandoffOutlineItem {
  label: string;
  done: boolean;
  value: string;
  date: string | null;
}

export interface HandoffOutline {
  title: string;
  companyName: string;
  generated: string;
  repName: string;
  facts: HandoffFact[];
  contacts: { name: string; role: string; title: string; email: string; phone: string }[];
  sections: { key: string; title: string; items: HandoffOutlineItem[] }[];
  timeline: { date: string; text: string }[];
  notes: string;
}

const yesNo = (b: boolean): string => (b ? 'Yes' : 'No');

function dealFacts(doc: HandoffDoc): HandoffFact[] {
  const { deal, company } = doc;
  const profile = deal.profile;
  const won = deal.outcome?.kind === 'won' ? deal.outcome : null;
  // Amounts in the deal's own currency, as the contract was signed in it.
  const currency = deal.currency ?? doc.currency;
  const facts: HandoffFact[] = [
    { label: 'Company', value: company?.name || deal.companyName },
    { label: 'Industry', value: company?.industry || profile.industry },
    { label: 'Company size', value: companySizeText(company?.size ?? profile.companySize) },
    { label: 'Deal value', value: formatMoney(deal.value, currency) },
  ];
  if (won) {
    facts.push(
      { label: 'Signed', value: won.signedDate },
      { label: 'Contract value', value: formatMoney(won.contractValue, currency) },
      { label: 'Contract term', value: won.termMonths ? `${won.termMonths} months` : '' },
      { label: 'PO number', value: won.poNumber },
    );
  }
  facts.push(
    { label: 'Solution tier', value: capitalise(profile.solutionTier ?? '') },
    { label: 'Source', value: sourceText(deal.source, deal.campaign) },
    { label: 'Project size', value: capitalise(profile.projectSize ?? '') },
    { label: 'Urgency', value: capitalise(profile.urgency ?? '') },
    { label: 'Staffing and support', value: staffingText(profile.staffing) },
    { label: 'Long-term needs', value: profile.longTermNeeds },
  );
  if (won) {
    facts.push(
      { label: 'Reference customer', value: yesNo(won.reference) },
      { label: 'Testimonial', value: yesNo(won.testimonial) },
      { label: 'Case study', value: yesNo(won.caseStudy) },
    );
  }
  return facts.filter((f) => f.value.trim() !== '');
}

export function buildOutline(doc: HandoffDoc): HandoffOutline {
  return {
    title: doc.deal.title,
    companyName: doc.company?.name || doc.deal.companyName,
    generated: formatLocalDateTime(doc.generatedAt),
    repName: doc.repName?.trim() ?? '',
    facts: dealFacts(doc),
    contacts: doc.contacts.map(({ contact, role }) => ({
      name: contact.name,
      role: ROLE_LABELS[role],
      title: contact.title,
      email: contact.email,
      phone: contact.phone,
    })),
    sections: doc.checklist.sections.map((section) => ({
      key: section.key,
      title: section.title,
      items: section.items.map((item) => ({
        label: item.label,
        done: item.done,
        value: item.value,
        date: item.date,
      })),
    })),
    timeline: [...doc.timeline]
      .sort((a, b) => a.at - b.at)
      .map((moment) => ({ date: localIsoDate(moment.at), text: moment.text })),
    notes: doc.deal.notes,
  };
}
