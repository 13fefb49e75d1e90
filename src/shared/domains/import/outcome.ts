import { nameKey } from '../../model';

/** Stage-map targets that close a deal instead of placing it in a stage. */
export const WON_TARGET = '@won';
export const LOST_TARGET = '@lost';

export type ImportOutcome = 'open' | 'won' | 'lost';

const WON = /^(closed ?won|won|deal won|closed converted|converted)$/;
const LOST = /^(closed ?lost|lost|deal lost|closed not converted|not converted|unqualified|disqualified)$/;
const OPEN = /^(open|active|in progress)$/;

/**
 * What a CRM's stage or status word says about a deal's outcome: HubSpot's "Closed Won" /
 * "Closed Lost", Pipedrive's `won` / `lost` / `open`, Salesforce's "Closed Won" and its lead
 * statuses "Closed - Converted" / "Closed - Not Converted". Null when the word says nothing.
 */
export function outcomeOfWord(text: string): ImportOutcome | null {
  const word = nameKey(text)
    .replace(/[\s_-]+/g, ' ')
    .trim();
  if (WON.test(word)) return 'won';
  if (LOST.test(word)) return 'lost';
  if (OPEN.test(word)) return 'open';
  return null;
}
