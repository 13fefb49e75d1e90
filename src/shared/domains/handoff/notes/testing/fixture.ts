/**
 * Test helper: a realistic won deal and its handoff document. Used only by tests.
 * Dates are built from local-time constructors so rendered dates are the same in every
 * timezone.
 */
import {
  emptyBant,
  emptyChamp,
  type Company,
  type Contact,
  type Deal,
  type HandoffChecklist,
  type HandoffItem,
  type HandoffSection,
} from '../../../../model';
import type { HandoffDoc } from '../types';

export const GENERATED_AT = new Date(2025, 5, 2, 9, 5).getTime(); // 2025-06-02 09:05 local
const T0 = new Date(2025, 0, 15, 10, 0).getTime();

export function fixtureCompany(over: Partial<Company> = {}): Company {
  return {
    id: 'co-1',
    name: 'Nordwind Logistics GmbH',
    industry: 'Logistics',
    size: '201-1000',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function fixtureContact(id: string, over: Partial<Contact> = {}): Contact {
  return {
    id,
    name: 'Contact',
    email: '',
    phone: '',
    title: '',
    companyId: 'co-1',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

export function fixtureDeal(over: Partial<Deal> = {}): Deal {
  return {
    id: 'deal-1',
    pipelineId: 'pl-1',
    stageId: 'post-sale',
    status: 'won',
    title: 'Fleet telematics rollout',
    companyId: 'co-1',
    companyName: 'Nordwind Logistics GmbH',
    contacts: [
      { contactId: 'c-1', role: 'decision-maker' },
      { contactId: 'c-2', role: 'champion' },
    ],
    value: 48000,
    probability: null,
    source: 'event',
    campaign: 'LogiMAT 2025',
    expectedClose: '2025-05-30',
    bant: emptyBant(),
    champ: emptyChamp(),
    specialistMeeting: true,
    mqlAnswers: {},
    salAccepted: true,
    dataValidated: true,
    profile: {
      decisionRole: 'decision-maker',
      industry: 'Logistics',
      companySize: '201-1000',
      projectSize: 'large',
      urgency: 'high',
      staffing: ['own-staff', 'csm'],
      solutionTier: 'business',
      longTermNeeds: 'Add route optimisation module in 2026',
    },
    outcome: {
      kind: 'won',
      signedDate: '2025-05-28',
      contractValue: 144000,
      termMonths: 36,
      poNumber: 'PO-2025-0412',
      commission: { type: 'rate', value: 0.08 },
      reference: true,
      testimonial: false,
      caseStudy: true,
    },
    parentDealId: null,
    pausedUntil: null,
    pauseNote: '',
    notes: 'Procurement insisted on a 36-month term.\nIT security review passed on 2025-05-20.',
    stageEnteredAt: T0,
    lastActivityAt: T0,
    nextFollowUpAt: null,
    score: 82,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  };
}

let itemSeq = 0;
export function fixtureItem(label: string, over: Partial<HandoffItem> = {}): HandoffItem {
  itemSeq += 1;
  return { id: `item-${itemSeq}`, label, value: '', done: false, date: null, ...over };
}

export function fixtureSection(key: string, title: string, items: HandoffItem[]): HandoffSection {
  return { id: `sec-${key}`, key, title, items };
}

export function fixtureChecklist(sections?: HandoffSection[]): HandoffChecklist {
  return {
    id: 'hc-1',
    dealId: 'deal-1',
    createdAt: T0,
    updatedAt: T0,
    sections: sections ?? [
      fixtureSection('priorities', 'Top business priorities', [
        fixtureItem('Cut fuel cost', { done: true, value: 'Target: 8% lower diesel spend by Q4' }),
        fixtureItem('Real-time ETAs for customers', { done: true, value: 'Their key accounts ask for it' }),
      ]),
      fixtureSection('pain-points', 'Pain points from discovery', [
        fixtureItem('Manual driver logs', { done: true, value: 'Paper logs, typed in weekly' }),
      ]),
      fixtureSection('milestones', 'Milestones', [
        fixtureItem('Pilot with 20 trucks live', { done: false, date: '2025-07-01' }),
        fixtureItem('Full fleet live', {
          done: false,
          date: '2025-10-15',
          value: 'Condition of satisfaction',
        }),
      ]),
      fixtureSection('cs-focus', 'What CS should focus on', [
        fixtureItem('Dispatcher training', { done: true, value: 'Two shifts, German-speaking trainer' }),
      ]),
      fixtureSection('sensitive-topics', 'Sensitive topics to avoid', [
        fixtureItem('Previous vendor failure', { done: true, value: 'Do not mention the 2023 outage' }),
      ]),
      fixtureSection('stakeholders', 'Stakeholders', [fixtureItem('Works council informed', { done: true })]),
      fixtureSection('solution', 'Solution', [fixtureItem('Business tier, 250 units', { done: true })]),
      fixtureSection('support', 'Support', [fixtureItem('Named CSM', { done: false })]),
      fixtureSection('commercial', 'Commercial', [
        fixtureItem('Quarterly invoicing', { done: true, value: 'Net 30' }),
      ]),
      fixtureSection('commitments', 'Commitments made in sales', []),
    ],
  };
}

export function fixtureDoc(over: Partial<HandoffDoc> = {}): HandoffDoc {
  return {
    deal: fixtureDeal(),
    company: fixtureCompany(),
    contacts: [
      {
        contact: fixtureContact('c-1', {
          name: 'Katrin Vogel',
          title: 'COO',
          email: 'k.vogel@nordwind.example',
          phone: '+49 40 1234 567',
        }),
        role: 'decision-maker',
      },
      {
        contact: fixtureContact('c-2', {
          name: 'Jonas Berg',
          title: 'Head of Dispatch',
          email: 'j.berg@nordwind.example',
          phone: '',
        }),
        role: 'champion',
      },
    ],
    checklist: fixtureChecklist(),
    timeline: [
      { at: new Date(2025, 4, 28, 16, 0).getTime(), text: 'Contract signed' },
      { at: new Date(2025, 1, 3, 11, 0).getTime(), text: 'Met at LogiMAT booth' },
      { at: new Date(2025, 3, 10, 14, 0).getTime(), text: 'Pilot scope agreed' },
    ],
    generatedAt: GENERATED_AT,
    repName: 'Sam Rep',
    currency: 'EUR',
    ...over,
  };
}
