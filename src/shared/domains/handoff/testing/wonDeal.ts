/**
 * Test helper: a realistic won deal built through the store's own methods (create,
 * qualify, log discovery notes, win, move to Post-Sale), so the handoff checklist is the
 * one the store really builds. Used only by tests.
 */
import type { RpcClient } from '../../../rpc/client';

export const WON_DEAL = {
  title: 'Fleet telematics rollout',
  companyName: 'Nordwind Logistics',
  priority: 'Cut diesel spend 8% before the Q4 budget review',
  need: 'Dispatch cannot see where trucks are between depots',
  challenge: 'Fuel costs up 12% this year',
  painSubject: 'Paper driver logs',
  painBody: 'Two clerks type them in every Friday',
  signedDate: '2026-10-28',
  contractValue: 144_000,
} as const;

export async function createWonDeal(client: RpcClient, options: { toPostSale?: boolean } = {}) {
  const [pipeline] = await client.call('pipelines.list', {});
  if (!pipeline) throw new Error('no pipeline');
  const deal = await client.call('deals.create', {
    title: WON_DEAL.title,
    companyName: WON_DEAL.companyName,
    contactName: 'Katrin Vogel',
    contactEmail: 'k.vogel@nordwind.example',
    source: 'event',
    value: 120_000,
  });
  const detail = await client.call('deals.updateContact', {
    dealId: deal.id,
    contactId: deal.contacts[0]!.contactId,
    contact: { title: 'COO', role: 'decision-maker' },
  });
  await client.call('deals.addContact', {
    dealId: deal.id,
    contact: {
      name: 'Jonas Berg',
      email: 'j.berg@nordwind.example',
      phone: '+49 40 555 0101',
      title: 'Head of Dispatch',
      role: 'champion',
    },
  });
  const confirmed = (note: string) => ({ state: 'confirmed' as const, note });
  await client.call('deals.update', {
    id: deal.id,
    patch: {
      campaign: 'LogiMAT 2026',
      bant: {
        budget: confirmed('Approved'),
        authority: confirmed('COO signs'),
        need: confirmed(WON_DEAL.need),
        timeframe: confirmed('Q4'),
      },
      champ: {
        challenges: confirmed(WON_DEAL.challenge),
        authority: confirmed('COO'),
        money: confirmed('Capex'),
        prioritization: confirmed(WON_DEAL.priority),
      },
      profile: {
        ...detail.deal.profile,
        industry: 'Logistics',
        solutionTier: 'business',
        staffing: ['own-staff', 'csm'],
        longTermNeeds: 'Route optimisation in 2027',
      },
      notes: 'Procurement insisted on a 36-month term.',
    },
  });
  await client.call('activities.log', {
    dealId: deal.id,
    type: 'note',
    subject: WON_DEAL.painSubject,
    body: WON_DEAL.painBody,
    painPoint: true,
  });
  await client.call('activities.log', {
    dealId: deal.id,
    type: 'meeting',
    subject: 'Discovery workshop with dispatch',
  });
  await client.call('activities.log', { dealId: deal.id, type: 'signal', signal: 'trial-request' });
  const won = await client.call('deals.transition', {
    dealId: deal.id,
    request: {
      kind: 'win',
      override: true,
      reason: 'Signed straight after the pilot',
      outcome: {
        kind: 'won',
        signedDate: WON_DEAL.signedDate,
        contractValue: WON_DEAL.contractValue,
        termMonths: 36,
        poNumber: 'PO-2026-0412',
        commission: { type: 'rate', value: 0.08 },
        reference: true,
        testimonial: false,
        caseStudy: true,
      },
    },
  });
  if (options.toPostSale === false) return { deal: won.deal, pipeline };
  const postSale = pipeline.stages.find((s) => s.kind === 'post-sale')!;
  const moved = await client.call('deals.transition', {
    dealId: deal.id,
    request: { kind: 'move', toStageId: postSale.id },
  });
  return { deal: moved.deal, pipeline };
}
