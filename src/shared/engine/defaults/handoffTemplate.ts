import type { HandoffTemplate } from '../../model';

/** Section keys of the default handoff template; handoff code can rely on these. */
export const HANDOFF_KEYS = {
  priorities: 'priorities',
  painPoints: 'pain-points',
  milestones: 'milestones',
  csFocus: 'cs-focus',
  sensitiveTopics: 'sensitive-topics',
  stakeholders: 'stakeholders',
  solution: 'solution',
  support: 'support',
  commercial: 'commercial',
  commitments: 'commitments',
} as const;

/** Sections in the order the CS manager reads them. Items are the labels a checklist starts with. */
export function defaultHandoffTemplate(): HandoffTemplate {
  return [
    {
      key: HANDOFF_KEYS.priorities,
      title: 'Top business priorities for buying',
      items: ['Primary business goal', 'Secondary goals', 'How the customer will measure success'],
    },
    {
      key: HANDOFF_KEYS.painPoints,
      title: 'Pain points found in discovery',
      items: ['Most pressing pain point', 'Other pain points raised', 'Workarounds they use today'],
    },
    {
      key: HANDOFF_KEYS.milestones,
      title: 'Milestone dates for conditions of satisfaction',
      items: ['Kick-off', 'Go-live', 'First business review'],
    },
    {
      key: HANDOFF_KEYS.csFocus,
      title: 'What customer success should focus on',
      items: ['First 30 days', 'First 90 days', 'Adoption risks to watch'],
    },
    {
      key: HANDOFF_KEYS.sensitiveTopics,
      title: 'Sensitive topics to avoid',
      items: ['Topics, history or people to handle with care'],
    },
    {
      key: HANDOFF_KEYS.stakeholders,
      title: 'Stakeholders and roles',
      items: ['Economic buyer', 'Champion', 'Day-to-day contact', 'Technical contact'],
    },
    {
      key: HANDOFF_KEYS.solution,
      title: 'Solution tier and long-term needs',
      items: ['Tier purchased', 'Add-ons and upgrades discussed', 'Long-term needs'],
    },
    {
      key: HANDOFF_KEYS.support,
      title: 'Support needs',
      items: ['Staffing: own team, consulting, premium support or a CS manager', 'Training needs'],
    },
    {
      key: HANDOFF_KEYS.commercial,
      title: 'Commercial terms',
      items: ['Contract value and term', 'Renewal date', 'Payment terms', 'Discounts and special clauses'],
    },
    {
      key: HANDOFF_KEYS.commitments,
      title: 'Commitments made during the sale',
      items: ['Promises made by sales', 'Features or roadmap items mentioned'],
    },
  ];
}
