/** A plain new deal for tests that need one to hang follow-ups on (`deals.create`'s input). */
export const FLEET_PILOT = {
  title: 'Fleet pilot',
  companyName: 'Harbor Mobility',
  contactName: '',
  contactEmail: '',
  source: 'event',
  value: 0,
} as const;
