/** Test helper: a small book of business to export (a won deal with two people, a lost one, an open one). */
import { createDefaultPipeline } from '../../../engine';
import { makeContact, makeDeal, type Company } from '../../../model';
import type { CrmExportData } from '../table';

export function fixture(): CrmExportData {
  let n = 0;
  const pipeline = createDefaultPipeline(() => `st-${++n}`, 0);
  const stage = (kind: string) => pipeline.stages.find((s) => s.kind === kind)!.id;
  const company: Company = {
    id: 'co1',
    name: 'Nordwind Logistics GmbH',
    industry: 'Logistics',
    size: '201-1000',
    createdAt: 0,
    updatedAt: 0,
  };
  const jana = makeContact(
    {
      id: 'p1',
      name: 'Jana Kühn',
      email: 'jana@nordwind.example',
      phone: '+49 40 555',
      title: 'CFO',
      companyId: 'co1',
    },
    0,
  );
  const piotr = makeContact(
    { id: 'p2', name: 'Piotr Nowak', email: 'piotr@nordwind.example', phone: '', title: '', companyId: null },
    0,
  );
  const won = makeDeal(
    {
      id: 'd1',
      pipelineId: pipeline.id,
      stageId: stage('post-sale'),
      status: 'won',
      title: '=HYPERLINK("http://evil.example","Fleet")',
      source: 'event',
      companyId: 'co1',
      companyName: 'Nordwind Logistics GmbH',
      contacts: [
        { contactId: 'p1', role: 'decision-maker' },
        { contactId: 'p2', role: 'champion' },
      ],
      value: 48000.5,
      currency: 'EUR',
      expectedClose: '2026-10-31',
      notes: 'Rollout to 3 depots.\nStarts in Hamburg.',
      outcome: {
        kind: 'won',
        signedDate: '2026-10-15',
        contractValue: 48000.5,
        termMonths: 24,
        poNumber: 'PO-1',
        commission: { type: 'rate', value: 8 },
        reference: true,
        testimonial: false,
        caseStudy: false,
        reason: 'Relationship and trust',
      },
    },
    0,
  );
  const lost = makeDeal(
    {
      id: 'd2',
      pipelineId: pipeline.id,
      stageId: stage('sql'),
      status: 'lost',
      title: 'Analytics add-on',
      source: 'trial',
      companyName: 'Globex',
      value: 12000,
      expectedClose: '2026-09-30',
      outcome: { kind: 'lost', reason: 'Price', competitor: '', note: '' },
    },
    0,
  );
  const open = makeDeal(
    {
      id: 'd3',
      pipelineId: pipeline.id,
      stageId: stage('mql'),
      title: 'Depot pilot',
      source: 'partner-referral',
      value: 0,
    },
    0,
  );
  return {
    pipelines: [pipeline],
    deals: [won, lost, open],
    contacts: [jana, piotr],
    companies: [company],
    home: 'USD',
  };
}
