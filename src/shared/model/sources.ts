import { z } from 'zod';
import { LEAD_SOURCES } from './vocabulary';

export const LeadSource = z.enum(LEAD_SOURCES);
export type LeadSource = z.infer<typeof LeadSource>;
