import {
  LEAD_SOURCES,
  SIGNAL_KINDS,
  COMPANY_SIZES,
  makeActivity,
  makeCompany,
  makeContact,
  makeDeal,
  makeFollowUp,
  makeHistory,
  type Activity,
  type Bant,
  type Company,
  type Contact,
  type Deal,
  type FollowUp,
  type Pipeline,
  type Settings,
  type StageHistoryEntry,
} from '../../model';
import { lastTouchAt, localIsoDate, scoreLead } from '../../engine';
import { seededRandom, type Random } from './random';
import {
  COMPANY_PREFIXES,
  COMPANY_SUFFIXES,
  DEAL_KINDS,
  FIRST_NAMES,
  INDUSTRIES,
  JOB_TITLES,
  LAST_NAMES,
  NOTES,
} from './names';

export interface SampleInput {
  count: number;
  seed: number;
  pipeline: Pipeline;
  settings: Settings;
  now: number;
  /** Activities per deal on average (benchmarks ask for more). */
  activitiesPerDeal?: number;
  /** When set, this share of the deals goes to the first stage (one long column). */
  firstStageShare?: number;
}

export interface SamplePipeline {
  companies: Company[];
  contacts: Contact[];
  deals: Deal[];
  activities: Activity[];
  followUps: FollowUp[];
  history: StageHistoryEntry[];
}

const DAY = 86_400_000;

/** How many deals sit in each stage, front-loaded like a real funnel. */
const STAGE_WEIGHTS = [30, 20, 14, 10, 12, 8, 6];

function confirmedBant(): Bant {
  const item = (note: string) => ({ state: 'confirmed' as const, note });
  return {
    budget: item('Budget approved'),
    authority: item('Talking to the decision-maker'),
    need: item('Manual reporting'),
    timeframe: item('This quarter'),
  };
}

function pickStageIndex(rng: Random, stageCount: number, firstStageShare?: number): number {
  if (firstStageShare !== undefined) {
    if (rng.next() < firstStageShare) return 0;
    return stageCount > 1 ? rng.int(1, stageCount - 1) : 0;
  }
  const weights = STAGE_WEIGHTS.slice(0, stageCount);
  const total = weights.reduce((a, b) => a + b, 0);
  let roll = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    roll -= weights[i]!;
    if (roll < 0) return i;
  }
  return 0;
}

/** A deterministic sample pipeline: the same input always gives the same records. */
export function generateSamplePipeline(input: SampleInput): SamplePipeline {
  const { pipeline, settings, now } = input;
  const rng = seededRandom(input.seed);
  let counter = 0;
  const id = (prefix: string) => `${prefix}-${input.seed}-${(counter++).toString(36)}`;
  const out: SamplePipeline = {
    companies: [],
    contacts: [],
    deals: [],
    activities: [],
    followUps: [],
    history: [],
  };
  const companyCount = Math.max(1, Math.ceil(input.count / 3));
  for (let i = 0; i < companyCount; i++) {
    const name = `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(COMPANY_SUFFIXES)}${i >= 160 ? ` ${i}` : ''}`;
    out.companies.push(
      makeCompany(
        { id: id('co'), name, industry: rng.pick(INDUSTRIES), size: rng.pick(COMPANY_SIZES) },
        now - 200 * DAY,
      ),
    );
  }
  // The same name at the same company is one person (see people/identity.ts): on two deals.
  const people = new Map<string, Contact>();
  for (let i = 0; i < input.count; i++) {
    const company = out.companies[i % companyCount]!;
    const stageIndex = pickStageIndex(rng, pipeline.stages.length, input.firstStageShare);
    const stage = pipeline.stages[stageIndex]!;
    const createdAt = now - rng.int(2, 180) * DAY;
    const enteredAt = Math.max(createdAt, now - rng.int(0, 20) * DAY - rng.int(0, 23) * 3_600_000);
    const contact = makeContact(
      {
        id: id('ct'),
        name: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
        title: rng.pick(JOB_TITLES),
        phone: `0${rng.int(100, 999)} ${rng.int(100000, 999999)}`,
        companyId: company.id,
      },
      createdAt,
    );
    contact.email = `${contact.name.split(' ')[0]!.toLowerCase()}.${i}@${company.name.split(' ')[0]!.toLowerCase()}.example`;
    const known = people.get(`${company.id}|${contact.name}`);
    if (!known) {
      people.set(`${company.id}|${contact.name}`, contact);
      out.contacts.push(contact);
    }
    const won = stage.kind === 'post-sale' || (stage.kind === 'closed' && rng.chance(0.8));
    const deal = makeDeal(
      {
        id: id('dl'),
        pipelineId: pipeline.id,
        stageId: stage.id,
        title: `${rng.pick(DEAL_KINDS)} — ${company.name}`,
        source: rng.pick(LEAD_SOURCES),
        companyId: company.id,
        companyName: company.name,
        contacts: [
          {
            contactId: (known ?? contact).id,
            role: rng.pick(['decision-maker', 'influencer', 'champion'] as const),
          },
        ],
        value: rng.int(5, 250) * 1000,
        expectedClose: localIsoDate(now + rng.int(-10, 150) * DAY),
        status: won ? 'won' : 'open',
        stageEnteredAt: enteredAt,
        createdAt,
        notes: rng.pick(NOTES),
      },
      createdAt,
    );
    deal.profile = {
      ...deal.profile,
      industry: company.industry,
      companySize: company.size,
      decisionRole: deal.contacts[0]!.role,
    };
    if (stageIndex >= 2) {
      deal.bant = confirmedBant();
      deal.specialistMeeting = true;
    }
    if (stageIndex >= 3) deal.salAccepted = true;
    if (stageIndex >= 4) deal.dataValidated = true;
    if (won) {
      deal.outcome = {
        kind: 'won',
        signedDate: localIsoDate(enteredAt),
        contractValue: deal.value,
        termMonths: 12,
        poNumber: `PO-${rng.int(1000, 9999)}`,
        commission: { type: 'rate', value: 0.08 },
        reference: rng.chance(0.4),
        testimonial: rng.chance(0.2),
        caseStudy: rng.chance(0.1),
      };
    }
    const activityCount = Math.round((input.activitiesPerDeal ?? 3) * (0.5 + rng.next()));
    const activities: Activity[] = [];
    for (let a = 0; a < activityCount; a++) {
      const at = rng.int(createdAt, now);
      const isSignal = rng.chance(0.5) || (stageIndex >= 4 && a === 0);
      activities.push(
        makeActivity(
          {
            id: id('ac'),
            dealId: deal.id,
            type: isSignal ? 'signal' : rng.pick(['call', 'email', 'meeting', 'note'] as const),
            signal: isSignal ? (stageIndex >= 4 && a === 0 ? 'trial-request' : rng.pick(SIGNAL_KINDS)) : null,
            subject: isSignal
              ? ''
              : rng.pick(['Intro call', 'Sent deck', 'Discovery meeting', 'Pricing question']),
            at,
          },
          at,
        ),
      );
    }
    out.activities.push(...activities);
    deal.lastActivityAt = lastTouchAt(activities, enteredAt);
    if (!won && rng.chance(0.75)) {
      const dueAt = now + rng.int(-5, 14) * DAY + rng.int(8, 17) * 3_600_000 - (now % DAY);
      out.followUps.push(
        makeFollowUp(
          {
            id: id('fu'),
            dealId: deal.id,
            dueAt,
            type: rng.pick(['call', 'email', 'meeting', 'task'] as const),
            note: 'Check in on next steps',
          },
          createdAt,
        ),
      );
      deal.nextFollowUpAt = dueAt;
    }
    deal.score = scoreLead({ deal, activities, settings, now }).score;
    out.history.push(
      makeHistory({
        id: id('sh'),
        dealId: deal.id,
        pipelineId: pipeline.id,
        toStageId: pipeline.stages[0]!.id,
        toStatus: 'open',
        at: createdAt,
        reason: 'Lead created',
      }),
    );
    // One history step per stage passed, spread between creation and entering the current stage.
    for (let s = 1; s <= stageIndex; s++) {
      const at = Math.round(createdAt + ((enteredAt - createdAt) * s) / stageIndex);
      const toStatus = s === stageIndex ? deal.status : 'open';
      out.history.push(
        makeHistory({
          id: id('sh'),
          dealId: deal.id,
          pipelineId: pipeline.id,
          fromStageId: pipeline.stages[s - 1]!.id,
          toStageId: pipeline.stages[s]!.id,
          fromStatus: 'open',
          toStatus,
          at,
          reason: '',
        }),
      );
    }
    out.deals.push(deal);
  }
  return out;
}
