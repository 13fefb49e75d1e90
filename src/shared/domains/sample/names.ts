/** Word lists for realistic, deterministic sample data. */
export const FIRST_NAMES = [
  'Alex',
  'Priya',
  'Jonas',
  'Maria',
  'Kenji',
  'Fatima',
  'Liam',
  'Sofia',
  'Noah',
  'Amara',
  'Lucas',
  'Elena',
  'Omar',
  'Hannah',
  'Diego',
  'Mei',
  'Tomás',
  'Ingrid',
  'Samuel',
  'Chloé',
] as const;

export const LAST_NAMES = [
  'Schmidt',
  'Patel',
  'Okafor',
  'García',
  'Tanaka',
  'Nguyen',
  'Müller',
  'Rossi',
  'Kowalski',
  'Johansson',
  'Dubois',
  'Silva',
  'Haddad',
  'O’Brien',
  'Novak',
  'Larsen',
  'Costa',
  'Weber',
  'Ivanova',
  'Chen',
] as const;

export const COMPANY_PREFIXES = [
  'Northwind',
  'Bluepeak',
  'Ironbark',
  'Silverline',
  'Redwood',
  'Brightforge',
  'Cobalt',
  'Harbor',
  'Summit',
  'Lumen',
  'Keystone',
  'Meridian',
  'Quarry',
  'Tidewater',
  'Alder',
  'Granite',
] as const;

export const COMPANY_SUFFIXES = [
  'Logistics',
  'Health',
  'Foods',
  'Robotics',
  'Energy',
  'Capital',
  'Labs',
  'Retail',
  'Systems',
  'Mobility',
] as const;

export const INDUSTRIES = [
  'Manufacturing',
  'Healthcare',
  'Retail',
  'Financial services',
  'Logistics',
  'Software',
  'Energy',
  'Education',
] as const;

export const DEAL_KINDS = [
  'Platform rollout',
  'Pilot',
  'Team licence',
  'Analytics add-on',
  'Enterprise agreement',
  'Renewal expansion',
  'Regional launch',
] as const;

export const JOB_TITLES = [
  'VP Operations',
  'Head of IT',
  'CFO',
  'Procurement Manager',
  'Director of Sales',
  'CTO',
  'Operations Analyst',
  'COO',
] as const;

export const NOTES = [
  'Asked about SSO and audit logs.',
  'Budget cycle closes end of quarter.',
  'Champion is pushing internally; CFO sceptical.',
  'Wants a pilot with two teams first.',
  'Current tool is a spreadsheet; pain is manual reporting.',
  'Prefers e-mail over calls.',
] as const;
