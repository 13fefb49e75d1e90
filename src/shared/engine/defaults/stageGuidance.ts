import type { StageGuidance, StageKind } from '../../model';

/**
 * What a rep sees for each default stage: the questions to ask, the buying signals to watch
 * for, and what must be true to move the lead on (or back). Written from DOMAIN.md.
 */
export const STAGE_GUIDANCE: Record<Exclude<StageKind, 'custom'>, StageGuidance> = {
  'lead-generation': {
    questions: [
      'What prompted you to get in touch (or download, register, attend)? What are you trying to solve?',
      'How are you handling this today, and what is it costing you? (Need)',
      'What is your role in choosing a solution like this, and who else is involved? (Authority)',
      'Is there budget set aside for this, or would it have to be found? (Budget)',
      'When do you need a solution in place, and what is driving that date? (Timeframe)',
      'Of the challenges you mentioned, which one comes first for the business? (CHAMP)',
      'Would you be open to a conversation with one of our industry or solution specialists?',
    ],
    signals: [
      'The contact is in a decision-making or decision-influencing role.',
      'They asked to talk to someone, or replied to your outreach.',
      'They interacted with a campaign asset, such as a landing page.',
      'They attended a webinar or a public demo.',
      'They described pain points that your product solves.',
    ],
    exitCriteria: [
      "Meets the pipeline's qualification framework (Settings: BANT — budget, authority, need, timeframe — or CHAMP — challenges, authority, money, prioritization) and agreed to meet a specialist → Marketing Qualified Lead.",
      'Interested, but no defined timeframe, need or budget → Lead Nurturing.',
      'Not a fit (wrong profile, no need, invalid or duplicate data) → disqualify, with a reason.',
    ],
  },
  nurturing: {
    questions: [
      'Who makes the final decision, and who influences it?',
      'Which industry and business unit is this for, and how many people would use it?',
      'How large is the project, and how urgent is it? What happens if nothing changes?',
      'Will your team run it themselves, or do you expect consulting, premium support or a customer-success manager?',
      'What do you need on day one, and what later on (tier upgrades, add-ons)?',
      'What would make this a priority for you this quarter?',
    ],
    signals: [
      'Repeated visits to the website, especially pricing or product pages.',
      'Rapid replies to your outreach.',
      'A request for a trial or for ROI content.',
      'Opening a proposal or an e-mail, or clicking a call-to-action — each is a good moment for a personal follow-up call.',
      'A lead score that keeps rising.',
    ],
    exitCriteria: [
      'The customer profile is complete: decision role, industry, project size and urgency, staffing, solution tier and long-term needs.',
      "The pipeline's framework (BANT or CHAMP) confirmed and agreed to meet a specialist (or the MQL questions all answered yes) → Marketing Qualified Lead.",
      'No response after several personal touches → keep nurturing at a slower pace, or disqualify with a reason.',
    ],
  },
  mql: {
    questions: [
      'Work through the MQL question set (Settings): every answer "yes" means the lead meets the MQL definition.',
      'Which campaign brought this lead in? Ownership is tracked against it.',
      'Can we book the specialist meeting now? Who should attend from your side?',
      'Has anything changed in budget, authority, need or timing since we last spoke?',
    ],
    signals: [
      'The lead accepts the specialist meeting and proposes times.',
      'They bring colleagues into the conversation.',
      'They ask about pricing, implementation effort or timelines.',
      'The lead score reaches the auto-accept threshold.',
    ],
    exitCriteria: [
      'An account executive accepts the lead, or its score is at or above the auto-accept threshold → Sales Accepted Lead.',
      'Fails the MQL definition → back to Lead Nurturing, with a reason.',
      'Call within 48 hours of the lead becoming an MQL.',
    ],
  },
  sal: {
    questions: [
      'Is the contact data accurate and complete: name, title, company, e-mail and phone?',
      'Does the company match the ideal customer profile (industry, size, region)?',
      'Is this a duplicate of an existing account or an open deal?',
      'Has the lead shown purchase intent: a trial or ROI request, an opened proposal, a meeting?',
    ],
    signals: [
      'Asks for a proposal, a trial or an ROI estimate.',
      'Agrees to a discovery or demo meeting with the account executive.',
      'Shares internal requirements, a budget range or a decision date.',
    ],
    exitCriteria: [
      'Contact the lead within 24 hours of accepting it.',
      "The lead's data is validated against the quality criteria and a purchase-intent signal was seen → Sales Qualified Lead.",
      'Fails the quality criteria → reject it back to Lead Nurturing or disqualify it, with feedback on lead quality for marketing.',
    ],
  },
  sql: {
    questions: [
      'What would have to be true for you to sign this month? (trial close)',
      'Who signs, and what approvals are needed (legal, procurement, security)?',
      'Which deliverables, price points and contract terms matter most to you?',
      'How does our offer compare with the other options you are considering?',
      'If we can agree on these terms, are you ready to move forward?',
    ],
    signals: [
      'Questions about contract terms, discounts or implementation start dates.',
      'Procurement or legal joins the conversation.',
      'Requests for references, case studies or testimonials.',
      'Opens the proposal repeatedly or shares it internally.',
      'Shares an internal timeline or a budget approval.',
    ],
    exitCriteria: [
      'A signed contract or purchase order → record the win (signed date and value) → Closed Deal.',
      'The prospect decides against you → mark the deal lost, with the reason and the competitor.',
      'Purchase intent has gone → back to Lead Nurturing, with a reason.',
    ],
  },
  closed: {
    questions: [
      'Would you be a reference customer, or take part in a case study or a testimonial?',
      'Which other teams or sites could benefit? (follow-on sales)',
      'What made you choose us?',
      'What matters most to you in the first 90 days?',
    ],
    signals: [
      'Enthusiasm about expected results: ask for a testimonial.',
      'Mentions other teams, sites or add-ons: open a follow-on deal.',
      'Questions about onboarding: start the handoff now.',
    ],
    exitCriteria: [
      'Won: signed date, contract value and commission recorded → Post-Sale with a handoff checklist.',
      'Lost: the reason recorded. Reopen the deal if circumstances change.',
    ],
  },
  'post-sale': {
    questions: [
      'What are your top business priorities for buying?',
      'Which pain points from discovery must be solved first?',
      'Which milestone dates define success for you?',
      'Who are the stakeholders on your side, and what are their roles?',
      'What support do you expect during onboarding and after?',
    ],
    signals: [
      'The customer repeats something they already told sales: the handoff notes are missing it.',
      'New needs (tier upgrades, add-ons): a follow-on deal.',
      'Milestones slipping: alert the customer-success manager.',
    ],
    exitCriteria: [
      'The handoff checklist is complete and shared with the onboarding / customer-success manager.',
      'A kick-off meeting with the customer, the CS manager and you has taken place.',
    ],
  },
};
