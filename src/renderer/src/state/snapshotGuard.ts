import {
  CURRENCY_CODE_PATTERN,
  DEAL_STATUSES,
  DURATION_MAX,
  DURATION_UNITS,
  GATE_IDS,
  GUIDANCE_ITEM_MAX,
  GUIDANCE_ITEMS_MAX,
  ID_MAX,
  isRealDate,
  LEAD_SOURCES,
  MAX_STAGES,
  MAX_TIME,
  MIN_TIME,
  MONEY_MAX,
  QUAL_FRAMEWORKS,
  SCORE_MAX,
  SHORT_TEXT_MAX,
  STAGE_KINDS,
} from '../../../shared/model/values';
import type { Pipeline, StageDef } from '../../../shared/model';
import type { BoardCard } from '../../../shared/rpc/views';

/**
 * The start-up snapshot's check, without zod: building the model's schemas and zod's first parse
 * cost ~100 ms before the first paint (docs/ARCHITECTURE.md, "Start-up snapshot"). It accepts
 * exactly what the model's schemas accept for the fields the board reads (the bounds and lists
 * are the model's own, model/limits.ts and model/vocabulary.ts; a test holds it to the schemas)
 * and rebuilds every object from those fields only, so nothing else a stored text carries — an
 * unknown key, `__proto__` — reaches the app. Anything else: null.
 */

/** Thrown inside the guard at the first field that is not what it should be. */
class Rejected extends Error {}

type Read<T> = (value: unknown) => T;

function reject(): never {
  throw new Rejected();
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const object = (value: unknown): Record<string, unknown> => (isObject(value) ? value : reject());

const number =
  (min: number, max: number, int = false): Read<number> =>
  (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!int || Number.isSafeInteger(value))
      ? value
      : reject();

const integer = (min: number, max: number) => number(min, max, true);

const text =
  (max: number, min = 0): Read<string> =>
  (value) =>
    typeof value === 'string' && value.length >= min && value.length <= max ? value : reject();

const oneOf =
  <T extends string>(values: readonly T[]): Read<T> =>
  (value) =>
    (values as readonly unknown[]).includes(value) ? (value as T) : reject();

const nullable =
  <T>(read: Read<T>): Read<T | null> =>
  (value) =>
    value === null ? null : read(value);

const list =
  <T>(read: Read<T>, max: number, min = 0): Read<T[]> =>
  (value) =>
    Array.isArray(value) && value.length >= min && value.length <= max ? value.map(read) : reject();

/** A map with keys of at most `maxKey` characters; `__proto__` is never a key the app wrote. */
const record =
  <T>(read: Read<T>, maxKey: number): Read<Record<string, T>> =>
  (value) => {
    const out: Record<string, T> = {};
    for (const [key, item] of Object.entries(object(value))) {
      if (key.length > maxKey || key === '__proto__') reject();
      out[key] = read(item);
    }
    return out;
  };

/** Copy `key` when it is present (an optional field): absent stays absent. */
function optional<T>(from: Record<string, unknown>, key: string, read: Read<T>): Partial<Record<string, T>> {
  return from[key] === undefined ? {} : { [key]: read(from[key]) };
}

const id = text(ID_MAX, 1);
const shortText = text(SHORT_TEXT_MAX);
const timestamp = integer(MIN_TIME, MAX_TIME - 1);
const probability = number(0, 1);
const dateOnly: Read<string> = (value) => (typeof value === 'string' && isRealDate(value) ? value : reject());
const currencyCode: Read<string> = (value) =>
  typeof value === 'string' && CURRENCY_CODE_PATTERN.test(value) ? value : reject();

const duration: Read<StageDef['staleAfter']> = (value) => {
  const o = object(value);
  return { amount: integer(0, DURATION_MAX)(o['amount']), unit: oneOf(DURATION_UNITS)(o['unit']) };
};

const guidanceItems = list(text(GUIDANCE_ITEM_MAX), GUIDANCE_ITEMS_MAX);

const stage: Read<StageDef> = (value) => {
  const o = object(value);
  const guidance = object(o['guidance']);
  return {
    id: id(o['id']),
    kind: oneOf(STAGE_KINDS)(o['kind']),
    name: text(SHORT_TEXT_MAX, 1)(o['name']),
    probability: probability(o['probability']),
    staleAfter: duration(o['staleAfter']),
    cadence: duration(o['cadence']),
    gates: list(oneOf(GATE_IDS), GATE_IDS.length)(o['gates']),
    guidance: {
      questions: guidanceItems(guidance['questions']),
      signals: guidanceItems(guidance['signals']),
      exitCriteria: guidanceItems(guidance['exitCriteria']),
    },
  };
};

const pipeline: Read<Pipeline> = (value) => {
  const o = object(value);
  return {
    id: id(o['id']),
    name: text(SHORT_TEXT_MAX, 1)(o['name']),
    stages: list(stage, MAX_STAGES, 1)(o['stages']),
    ...optional(o, 'qualification', oneOf(QUAL_FRAMEWORKS)),
    order: integer(-Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)(o['order']),
    createdAt: timestamp(o['createdAt']),
    updatedAt: timestamp(o['updatedAt']),
  };
};

const HANDOFF_ITEMS_MAX = 1000;
const handoff = nullable((value) => {
  const o = object(value);
  return {
    done: integer(0, HANDOFF_ITEMS_MAX)(o['done']),
    total: integer(0, HANDOFF_ITEMS_MAX)(o['total']),
  };
});

const card: Read<BoardCard> = (value) => {
  const o = object(value);
  return {
    id: id(o['id']),
    title: text(SHORT_TEXT_MAX, 1)(o['title']),
    companyName: shortText(o['companyName']),
    value: number(0, MONEY_MAX)(o['value']),
    ...optional(o, 'currency', currencyCode),
    probability: nullable(probability)(o['probability']),
    score: number(0, SCORE_MAX)(o['score']),
    stageId: id(o['stageId']),
    status: oneOf(DEAL_STATUSES)(o['status']),
    source: oneOf(LEAD_SOURCES)(o['source']),
    stageEnteredAt: timestamp(o['stageEnteredAt']),
    lastActivityAt: timestamp(o['lastActivityAt']),
    nextFollowUpAt: nullable(timestamp)(o['nextFollowUpAt']),
    pausedUntil: nullable(timestamp)(o['pausedUntil']),
    expectedClose: nullable(dateOnly)(o['expectedClose']),
    handoff: handoff(o['handoff']),
    contactEmail: text(320)(o['contactEmail']),
    contactName: shortText(o['contactName']),
  };
};

/** More pipelines than any rep keeps: a longer list is not one this app wrote. */
const MAX_PIPELINES = 200;
/** A pipeline as the toolbar's switcher offers it. */
const pipelineChoice: Read<Pick<Pipeline, 'id' | 'name'>> = (value) => {
  const o = object(value);
  return { id: id(o['id']), name: text(SHORT_TEXT_MAX, 1)(o['name']) };
};

/** A column's figures as the snapshot keeps them. */
export interface ColumnFigures {
  count: number;
  total: number;
  weighted: number;
  unconverted: number;
}

const COUNT_MAX = 10_000_000;
const FIGURE_MAX = 1e15;
const figure = number(-FIGURE_MAX, FIGURE_MAX);
const columnFigures: Read<ColumnFigures> = (value) => {
  const o = object(value);
  return {
    count: integer(0, COUNT_MAX)(o['count']),
    total: figure(o['total']),
    weighted: figure(o['weighted']),
    unconverted: integer(0, COUNT_MAX)(o['unconverted']),
  };
};

/** The shape a snapshot of `version` has, with at most `maxCards` cards; null for anything else. */
export function guardSnapshot<V extends number>(raw: unknown, version: V, maxCards: number) {
  try {
    const o = object(raw);
    if (o['version'] !== version) return null;
    const currency = object(o['currency']);
    return {
      version,
      savedAt: integer(0, Number.MAX_SAFE_INTEGER)(o['savedAt']),
      pipeline: pipeline(o['pipeline']),
      // Absent in snapshots written before the switcher's list was kept.
      ...optional(o, 'pipelines', list(pipelineChoice, MAX_PIPELINES)),
      currency: {
        home: text(8, 1)(currency['home']),
        rates: record(number(Number.MIN_VALUE, Number.MAX_VALUE), 8)(currency['rates']),
      },
      columns: record(columnFigures, ID_MAX)(o['columns']),
      total: integer(0, COUNT_MAX)(o['total']),
      cards: list(card, maxCards)(o['cards']),
    };
  } catch (error) {
    if (error instanceof Rejected) return null;
    throw error;
  }
}
