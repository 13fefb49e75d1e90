import { nameKey as key, type Pipeline, type StageKind } from '../../model';
import { LOST_TARGET, outcomeOfWord, WON_TARGET } from './outcome';
import { CRM_DEFAULT_STAGES } from './presets';

/** Words CRMs use for each default stage (HubSpot lifecycle stages, Salesforce lead status…). */
const STAGE_WORDS: [RegExp, StageKind][] = [
  [/nurtur|working|contacted|engaged/, 'nurturing'],
  [/marketing ?qualified|\bmql\b/, 'mql'],
  [/sales ?accepted|\bsal\b|accepted/, 'sal'],
  [/sales ?qualified|\bsql\b|qualified|opportunit|proposal|negotiat|quote/, 'sql'],
  [/closed|won|contract|signed/, 'closed'],
  [/customer|post.?sale|onboard/, 'post-sale'],
  [/lead|new|open|subscriber|prospect/, 'lead-generation'],
];

/**
 * A stage for each CSV value: a closing word ("Closed Won", "lost") closes the deal; else the
 * stage of the same name, else one of a matching kind, else the first stage.
 */
export function defaultStageMap(values: string[], pipeline: Pipeline): Record<string, string> {
  const first = pipeline.stages[0]?.id ?? '';
  const map: Record<string, string> = {};
  for (const value of values) {
    const outcome = outcomeOfWord(value);
    if (outcome === 'won' || outcome === 'lost') {
      map[value] = outcome === 'won' ? WON_TARGET : LOST_TARGET;
      continue;
    }
    const byName = pipeline.stages.find((s) => key(s.name) === key(value));
    const kind =
      CRM_DEFAULT_STAGES[key(value)] ?? STAGE_WORDS.find(([pattern]) => pattern.test(key(value)))?.[1];
    const byKind = kind ? pipeline.stages.find((s) => s.kind === kind) : undefined;
    map[value] = (byName ?? byKind)?.id ?? first;
  }
  return map;
}
