/**
 * The IndexedDB schema, one entry per version. Never edit a shipped version: add a new one
 * with an upgrade function and a fixture test (tests/integration/schema.test.ts).
 *
 * Index choices:
 * - deals `[pipelineId+status]` feeds the board (open and won deals of one pipeline) and
 *   `[pipelineId+stageId]` the per-stage counts; `nextFollowUpAt` and `lastActivityAt`
 *   serve the stale and agenda queries; `parentDealId` finds follow-on opportunities.
 * - followUps `[status+dueAt]` is the agenda and the reminder scheduler's range scan.
 * - activities and stageHistory are read per deal in time order (`[dealId+at]`) and by
 *   period for insights (`at`).
 */
export const DB_NAME = 'fieldline';

export const SCHEMA_V1 = {
  deals:
    'id, [pipelineId+status], [pipelineId+stageId], status, companyId, nextFollowUpAt, lastActivityAt, updatedAt, parentDealId',
  companies: 'id, name',
  contacts: 'id, companyId, email, name',
  activities: 'id, [dealId+at], at, contactId, type',
  followUps: 'id, [status+dueAt], dealId, contactId, dueAt',
  stageHistory: 'id, [dealId+at], at, pipelineId',
  pipelines: 'id, order',
  handoffs: 'id, &dealId',
  settings: 'key',
} as const;

/** The shape of the data tables (backups carry it); unchanged since version 1. */
export const SCHEMA_VERSION = 1;

/**
 * Dexie's version of the database: 1 = the data tables; 2 = + `meta`, the database's identity
 * and the sequence number of the last command it applied (the journal's counterpart). `meta`
 * is bookkeeping, never part of a backup.
 */
export const DB_VERSION = 7;
export const SCHEMA_V2_ADDS = { meta: 'key' } as const;
/**
 * 3 = no new table or index: the upgrade merges contact records that are one person (people
 * are shared by deals; see domains/people/migration.ts).
 */
export const SCHEMA_V3_ADDS = {} as const;
/**
 * 4 = + `cards`, the board's card projection: one row per deal (store/cardProjection.ts),
 * kept current in every write transaction; `[pipelineId+status]` is the board's query and
 * `contactId` (the first contact) finds the cards a contact edit changes. Bookkeeping, like
 * `meta`: never part of a backup (derived from the data tables).
 */
export const SCHEMA_V4_ADDS = { cards: 'id, [pipelineId+status], contactId' } as const;

/**
 * 5 = + `rollups`, the Insights dashboard's sums per bucket (pipeline, kind, day / week /
 * month / all time, key; `day` holds level and bucket, so `[pipelineId+day]` ranges read one
 * period of one pipeline: domains/insights/levels.ts), and `rollupFacts`, each deal's share in
 * them (store/rollups.ts). Bookkeeping: never part of a backup, never journaled.
 */
/**
 * v5 also indexes the cards by `[status+expectedClose]`: "My numbers" reads the open deals closing
 * in the quota period from it (domains/insights/handlers/numbers.ts), not every open card.
 */
export const SCHEMA_V5_ADDS = {
  rollups: 'id, [pipelineId+day]',
  rollupFacts: 'dealId',
  cards: 'id, [pipelineId+status], contactId, [status+expectedClose]',
} as const;

/**
 * 6 = deals also indexed by `outcome.signedDate` (only won deals carry one) and activities by
 * `[type+at]`: "My numbers" reads the won deals signed in the quota period and the rep's own
 * touches of the week (never prospect signals) by range (domains/insights/handlers/numbers.ts), so its read
 * follows the period, not every deal ever won. No upgrade function: IndexedDB builds the indexes.
 */
export const SCHEMA_V6_ADDS = {
  deals:
    'id, [pipelineId+status], [pipelineId+stageId], status, companyId, nextFollowUpAt, lastActivityAt, updatedAt, parentDealId, outcome.signedDate',
  activities: 'id, [dealId+at], at, contactId, type, [type+at]',
} as const;

/**
 * 7 = no new table or index: the card projection is also kept packed in leaves (rows of `meta`,
 * store/cardLeaves.ts), which every write that changes `cards` now changes too. The version is
 * raised so that code from before the leaves — which would change `cards` and not them — can no
 * longer open the database (Dexie refuses a database newer than its code). The leaves are built
 * on open (db.ts), after the pre-upgrade backup.
 */
export const SCHEMA_V7_ADDS = {} as const;

export type TableName = keyof typeof SCHEMA_V1;
/** What a query may read: the data tables, the board's card projection or the dashboard's rollups (derived, never written by a command). */
export type ReadableTable = TableName | keyof typeof SCHEMA_V4_ADDS | 'rollups';
export const TABLE_NAMES = Object.keys(SCHEMA_V1) as TableName[];
