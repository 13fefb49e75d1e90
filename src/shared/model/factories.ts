import type { Activity } from './activity';
import type { Company, Contact } from './contact';
import type { Deal, StageHistoryEntry } from './deal';
import type { FollowUp } from './followup';
import type { CustomerProfile } from './profile';
import type { Bant, Champ, QualItem } from './qualification';

const unknownItem = (): QualItem => ({ state: 'unknown', note: '' });

export function emptyBant(): Bant {
  return { budget: unknownItem(), authority: unknownItem(), need: unknownItem(), timeframe: unknownItem() };
}

export function emptyChamp(): Champ {
  return {
    challenges: unknownItem(),
    authority: unknownItem(),
    money: unknownItem(),
    prioritization: unknownItem(),
  };
}

export function emptyProfile(): CustomerProfile {
  return {
    decisionRole: null,
    industry: '',
    companySize: null,
    projectSize: null,
    urgency: null,
    staffing: [],
    solutionTier: null,
    longTermNeeds: '',
    annualRevenue: null,
  };
}

/** Complete records from the few fields that matter; every default in one place. */
export function makeDeal(
  fields: Pick<Deal, 'id' | 'pipelineId' | 'stageId' | 'title' | 'source'> & Partial<Deal>,
  now: number,
): Deal {
  return {
    status: 'open',
    companyId: null,
    companyName: '',
    contacts: [],
    value: 0,
    probability: null,
    campaign: '',
    expectedClose: null,
    bant: emptyBant(),
    champ: emptyChamp(),
    specialistMeeting: false,
    mqlAnswers: {},
    salAccepted: false,
    dataValidated: false,
    profile: emptyProfile(),
    outcome: null,
    parentDealId: null,
    pausedUntil: null,
    pauseNote: '',
    notes: '',
    stageEnteredAt: now,
    lastActivityAt: now,
    nextFollowUpAt: null,
    score: 0,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

export function makeCompany(fields: Pick<Company, 'id' | 'name'> & Partial<Company>, now: number): Company {
  return { industry: '', size: null, createdAt: now, updatedAt: now, ...fields };
}

export function makeContact(fields: Pick<Contact, 'id' | 'name'> & Partial<Contact>, now: number): Contact {
  return { email: '', phone: '', title: '', companyId: null, createdAt: now, updatedAt: now, ...fields };
}

export function makeActivity(
  fields: Pick<Activity, 'id' | 'dealId' | 'type'> & Partial<Activity>,
  now: number,
): Activity {
  return {
    contactId: null,
    signal: null,
    subject: '',
    body: '',
    painPoint: false,
    at: now,
    createdAt: now,
    ...fields,
  };
}

export function makeFollowUp(
  fields: Pick<FollowUp, 'id' | 'dueAt' | 'type'> & Partial<FollowUp>,
  now: number,
): FollowUp {
  return {
    dealId: null,
    contactId: null,
    hasTime: true,
    note: '',
    status: 'open',
    firedAt: null,
    completedAt: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

export function makeHistory(
  fields: Pick<StageHistoryEntry, 'id' | 'dealId' | 'pipelineId' | 'toStageId' | 'toStatus' | 'at'> &
    Partial<StageHistoryEntry>,
): StageHistoryEntry {
  return { fromStageId: null, fromStatus: null, reason: '', overridden: false, ...fields };
}
