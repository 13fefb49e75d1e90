import Dexie, { type DBCore, type Middleware, type Table } from 'dexie';
import type {
  Activity,
  Company,
  Contact,
  Deal,
  FollowUp,
  HandoffChecklist,
  Pipeline,
  Settings,
  StageHistoryEntry,
} from '../model';
import { createDealTracker, type DealTracker } from './dealTracker';
import { mergeExactDuplicates } from '../domains/people/handlers/migration';
import {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2_ADDS,
  SCHEMA_V3_ADDS,
  SCHEMA_V4_ADDS,
  SCHEMA_V5_ADDS,
  SCHEMA_V6_ADDS,
  SCHEMA_V7_ADDS,
} from './schema';
import { rebuildAllCards, type CardRow } from './cardProjection';
import { buildMissingCardLeaves, type LeafTable } from './cardLeaves';
import type { FactRow } from './rollups';
import { keepRollupsInZone, rebuildRollupsInZone } from './rollupZone';
import type { RollupPart } from '../domains/insights/contribution';

/** The database's identity and how far its history goes (see src/shared/journal). */
export interface JournalMeta {
  key: 'journal';
  dbId: string;
  seq: number;
}

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export interface OpenOptions {
  name?: string;
  /** Injected in tests (fake-indexeddb); the real one in browsers and workers. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Extra DBCore middlewares (the contract test records what each method reads). */
  middlewares?: Middleware<DBCore>[];
}

/** The Fieldline database: every table of the product (Dexie version DB_VERSION). */
export class FieldlineDB extends Dexie {
  deals!: Table<Deal, string>;
  companies!: Table<Company, string>;
  contacts!: Table<Contact, string>;
  activities!: Table<Activity, string>;
  followUps!: Table<FollowUp, string>;
  stageHistory!: Table<StageHistoryEntry, string>;
  pipelines!: Table<Pipeline, string>;
  handoffs!: Table<HandoffChecklist, string>;
  settings!: Table<SettingsRow, string>;
  meta!: Table<JournalMeta, string>;
  /** The board's card projection (bookkeeping, derived; see cardProjection.ts). */
  cards!: Table<CardRow, string>;
  /** The dashboard's rollups and each deal's share in them (bookkeeping, derived; see rollups.ts). */
  rollups!: Table<RollupPart, string>;
  rollupFacts!: Table<FactRow, string>;
  /** The card projection packed for reading: rows of `meta` (bookkeeping; see cardLeaves.ts). */
  get cardLeaves(): LeafTable {
    return this.table('meta');
  }
  /** Which deals each write transaction touched (for the change event). */
  readonly dealTracker: DealTracker = createDealTracker();

  constructor(options: OpenOptions = {}) {
    super(options.name ?? DB_NAME, {
      // A write is reported saved only once it is on disk.
      chromeTransactionDurability: 'strict',
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2_ADDS);
    this.version(3).stores(SCHEMA_V3_ADDS).upgrade(mergeExactDuplicates);
    this.version(4)
      .stores(SCHEMA_V4_ADDS)
      .upgrade(async (tx) => {
        await rebuildAllCards({
          deals: tx.table('deals'),
          contacts: tx.table('contacts'),
          handoffs: tx.table('handoffs'),
          cards: tx.table('cards'),
          cardLeaves: tx.table('meta'),
        });
      });
    this.version(5).stores(SCHEMA_V5_ADDS).upgrade(rebuildRollupsInZone);
    this.version(6).stores(SCHEMA_V6_ADDS);
    this.version(7).stores(SCHEMA_V7_ADDS);
    // Before any other query: rollups summed in another time zone are rebuilt in this one.
    this.on('ready', keepRollupsInZone, true);
    // And a database opened before the packed card leaves existed gets them (cardLeaves.ts).
    this.on('ready', buildMissingCardLeaves, true);
    this.use(this.dealTracker.middleware);
    options.middlewares?.forEach((middleware) => this.use(middleware));
  }
}
