import type { Company, Contact, Deal, DecisionRole, HandoffChecklist } from '../../../model';

/** Everything the post-sale handoff notes are rendered from. */
export interface HandoffDoc {
  deal: Deal;
  company: Company | null;
  contacts: { contact: Contact; role: DecisionRole }[];
  checklist: HandoffChecklist;
  /** Key moments, any order (rendered oldest first). */
  timeline: { at: number; text: string }[];
  /** When the notes were generated (UTC ms). */
  generatedAt: number;
  repName?: string;
  /** ISO 4217 code for money (Settings.currency); plain grouped numbers without it. */
  currency?: string;
}
