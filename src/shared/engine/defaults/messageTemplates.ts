import type { MessageTemplate, Settings, StageKind } from '../../model';
import { DEFAULT_STAGE_SPECS } from './stages';

/**
 * The templates a new install starts with: an e-mail and a call script for each default
 * stage, written from its guidance (defaults/stageGuidance.ts, DOMAIN.md). Placeholders are
 * those of src/shared/domains/templates/placeholders.ts.
 */
export const DEFAULT_MESSAGE_TEMPLATES: readonly MessageTemplate[] = [
  {
    id: 'lead-first-touch',
    kind: 'email',
    name: 'First touch after interest',
    stageKind: 'lead-generation',
    subject: '{{company}}: what you are trying to solve',
    body: [
      'Hi {{firstName}},',
      '',
      'Thank you for your interest. Before I send you anything generic, I would like to understand what prompted you to get in touch and what you are trying to solve at {{company}}.',
      '',
      'Would 20 minutes this week work? If it helps, I can also bring in one of our industry specialists.',
      '',
      'Best regards,',
      '{{myName}}',
    ].join('\n'),
  },
  {
    id: 'lead-qualifying-call',
    kind: 'call',
    name: 'Qualifying call (BANT / CHAMP)',
    stageKind: 'lead-generation',
    subject: 'Qualifying call with {{firstName}}',
    body: [
      'Hi {{firstName}}, this is {{myName}}. Do you have a few minutes?',
      '',
      '1. What prompted you to get in touch? What are you trying to solve?',
      '2. How are you handling it today, and what is it costing you? (need)',
      '3. What is your role in choosing a solution, and who else is involved? (authority)',
      '4. Is there budget set aside for this, or would it have to be found? (budget)',
      '5. When do you need something in place, and what drives that date? (timeframe)',
      '6. Would you be open to a conversation with one of our specialists?',
    ].join('\n'),
  },
  {
    id: 'nurture-check-in',
    kind: 'email',
    name: 'Personal check-in',
    stageKind: 'nurturing',
    subject: 'A thought for {{company}}',
    body: [
      'Hi {{firstName}},',
      '',
      'When we last spoke you mentioned what {{company}} is working towards. I came across something that may help, and I would be glad to walk you through it.',
      '',
      'How are things on your side: has the project or its timing changed? What would make it a priority this quarter?',
      '',
      'Best regards,',
      '{{myName}}',
    ].join('\n'),
  },
  {
    id: 'nurture-signal-call',
    kind: 'call',
    name: 'Follow-up call after a signal',
    stageKind: 'nurturing',
    subject: 'Follow-up call with {{firstName}}',
    body: [
      'Hi {{firstName}}, {{myName}} here. I saw you had another look at what we do and wanted to check whether anything raised questions.',
      '',
      '- Who makes the final decision, and who influences it?',
      '- How large is the project, and how urgent? What happens if nothing changes?',
      '- Will your team run it themselves, or do you expect consulting or premium support?',
      '- What do you need on day one, and what later on?',
    ].join('\n'),
  },
  {
    id: 'mql-specialist-meeting',
    kind: 'email',
    name: 'Book the specialist meeting',
    stageKind: 'mql',
    subject: '{{deal}}: meeting our specialist',
    body: [
      'Hi {{firstName}},',
      '',
      'Thank you for your time. As agreed, I would like to set up the conversation with our specialist for {{company}}.',
      '',
      'Could you suggest two or three times that suit you, and tell me who else from your side should join?',
      '',
      'Best regards,',
      '{{myName}}',
    ].join('\n'),
  },
  {
    id: 'mql-questions-call',
    kind: 'call',
    name: 'MQL questions call',
    stageKind: 'mql',
    subject: 'MQL call with {{firstName}}',
    body: [
      'Hi {{firstName}}, {{myName}} here, following up on {{deal}}.',
      '',
      '- Has anything changed in budget, authority, need or timing since we last spoke?',
      '- Can we book the specialist meeting now? Who should attend from your side?',
      '- Work through the MQL questions in the Qualification tab.',
    ].join('\n'),
  },
  {
    id: 'sal-introduction',
    kind: 'email',
    name: 'Account executive introduction',
    stageKind: 'sal',
    subject: 'Next steps for {{company}}',
    body: [
      'Hi {{firstName}},',
      '',
      'I am {{myName}}, and I will be your contact at our side from here on. I would like to make sure I have understood your requirements correctly before we go further.',
      '',
      'Our next step: {{nextStep}}. Does that still work for you?',
      '',
      'Best regards,',
      '{{myName}}',
    ].join('\n'),
  },
  {
    id: 'sal-validation-call',
    kind: 'call',
    name: 'Validation call (within 24 hours)',
    stageKind: 'sal',
    subject: 'Validation call with {{firstName}}',
    body: [
      'Hi {{firstName}}, this is {{myName}}; I have taken over {{deal}}.',
      '',
      '- Confirm name, title, company, e-mail and phone.',
      '- Does {{company}} match our ideal customer profile (industry, size, region)?',
      '- Would a discovery or demo meeting, a trial or an ROI estimate help you decide?',
    ].join('\n'),
  },
  {
    id: 'sql-proposal-follow-up',
    kind: 'email',
    name: 'Proposal follow-up',
    stageKind: 'sql',
    subject: '{{deal}}: your questions on the proposal',
    body: [
      'Hi {{firstName}},',
      '',
      'I hope the proposal for {{company}} answers your questions. Which deliverables, price points or contract terms matter most to you, and who else needs to approve it?',
      '',
      'If we can agree on these terms, are you ready to move forward? Our next step: {{nextStep}}.',
      '',
      'Best regards,',
      '{{myName}}',
    ].join('\n'),
  },
  {
    id: 'sql-trial-close-call',
    kind: 'call',
    name: 'Trial-close call',
    stageKind: 'sql',
    subject: 'Trial-close call with {{firstName}}',
    body: [
      'Hi {{firstName}}, {{myName}} here about {{deal}}.',
      '',
      '- What would have to be true for you to sign this month?',
      '- Who signs, and what approvals are needed (legal, procurement, security)?',
      '- How does our offer compare with the other options you are considering?',
      '- If we can agree on these terms, are you ready to move forward?',
    ].join('\n'),
  },
  {
    id: 'closed-thank-you',
    kind: 'email',
    name: 'Thank you and reference',
    stageKind: 'closed',
    subject: 'Thank you, {{firstName}}',
    body: [
      'Hi {{firstName}},',
      '',
      'Thank you for choosing us. Everyone here is looking forward to working with {{company}}.',
      '',
      'What matters most to you in the first 90 days? And once you see results, would you consider being a reference customer or sharing a short testimonial?',
      '',
      'Best regards,',
      '{{myName}}',
    ].join('\n'),
  },
  {
    id: 'post-sale-handoff',
    kind: 'email',
    name: 'Introducing customer success',
    stageKind: 'post-sale',
    subject: '{{company}}: meet your customer-success manager',
    body: [
      'Hi {{firstName}},',
      '',
      'I have briefed our customer-success team on everything you told us: your priorities, the pain points we discussed and the dates that matter to you, so you will not have to repeat yourself.',
      '',
      'Our next step: {{nextStep}}.',
      '',
      'Best regards,',
      '{{myName}}',
    ].join('\n'),
  },
];

export function defaultMessageTemplates(): MessageTemplate[] {
  return DEFAULT_MESSAGE_TEMPLATES.map((t) => ({ ...t }));
}

/** The templates of a settings record (the defaults before the rep had any). */
export function messageTemplatesOf(settings: Pick<Settings, 'messageTemplates'>): readonly MessageTemplate[] {
  return settings.messageTemplates ?? DEFAULT_MESSAGE_TEMPLATES;
}

/** The default name of each stage kind: what a template's stage reads as in Settings. */
export const STAGE_KIND_NAMES: Readonly<Partial<Record<StageKind, string>>> = Object.fromEntries(
  DEFAULT_STAGE_SPECS.map((spec) => [spec.kind, spec.name]),
);
