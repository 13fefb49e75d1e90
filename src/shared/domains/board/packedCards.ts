import type { BoardCard } from '../../rpc/views';

/**
 * A page of board cards as one message carries them (`board.page`): columns, not one object
 * per card. A structured clone of 5,000 card objects writes and reads every field name and
 * value of every card and leaves the receiver 5,000 objects plus a copy of each repeated text
 * (the stage id, "open", a company's name…) to throw away; here the numbers are one
 * `Float64Array` (copied as bytes), the repeated texts are sent once per page and referred to
 * by index, and only each card's own texts (id, title, contact) are strings of their own.
 * The receiver builds each card once, as one literal (`unpackCard`).
 */
export interface PackedCards {
  count: number;
  /** The page's distinct repeated texts (company, stage, status, source, currency, close date). */
  texts: string[];
  /** Per card, `OWN` strings: id, title, contact name, contact e-mail. */
  own: string[];
  /** Per card, `REFS` indexes into `texts` (`NONE`: no value). */
  refs: Uint32Array;
  /** Per card, `NUMS` numbers (NaN: null; a card with no checklist has NaN for both counts). */
  nums: Float64Array;
  /**
   * Per text, its number in a pool every page of one board shares (the pages of a board the
   * store holds, see board.page): the receiver keeps one copy of each text by number, an array
   * slot, instead of looking each one up (100,000 cards carry ~100,000 company names).
   */
  textIds?: Uint32Array;
}

/** Texts numbered across every page of one board (`PackedCards.textIds`). */
export type TextPool = Map<string, number>;

const OWN = 4;
const REFS = 6;
const NUMS = 9;
const NONE = 0xffff_ffff;

const num = (value: number | null): number => (value === null ? NaN : value);
const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);

/** Where a page's `texts` holds a text (added at the end when it does not); NONE for no value. */
type TextRef = (text: string | null | undefined) => number;

/** Write card `c` into slot `i` of the columns (`ref` numbers its repeated texts). */
function writeCard(c: BoardCard, i: number, cols: Pick<PackedCards, 'own' | 'refs' | 'nums'>, ref: TextRef) {
  const { own, refs, nums } = cols;
  own[i * OWN] = c.id;
  own[i * OWN + 1] = c.title;
  own[i * OWN + 2] = c.contactName;
  own[i * OWN + 3] = c.contactEmail;
  const r = i * REFS;
  refs[r] = ref(c.companyName);
  refs[r + 1] = ref(c.stageId);
  refs[r + 2] = ref(c.status);
  refs[r + 3] = ref(c.source);
  refs[r + 4] = ref(c.currency);
  refs[r + 5] = ref(c.expectedClose);
  const n = i * NUMS;
  nums[n] = c.value;
  nums[n + 1] = num(c.probability);
  nums[n + 2] = c.score;
  nums[n + 3] = c.stageEnteredAt;
  nums[n + 4] = c.lastActivityAt;
  nums[n + 5] = num(c.nextFollowUpAt);
  nums[n + 6] = num(c.pausedUntil);
  nums[n + 7] = num(c.handoff?.done ?? null);
  nums[n + 8] = num(c.handoff?.total ?? null);
}

/**
 * A `TextRef` adding to `texts`: found through `index` (kept current) when given, else by a scan
 * (a few texts looked up in one leaf's few hundred).
 */
const textRef =
  (texts: string[], index?: Map<string, number>): TextRef =>
  (text) => {
    if (text === null || text === undefined) return NONE;
    let at = index ? index.get(text) : texts.indexOf(text);
    if (at === undefined || at < 0) {
      at = texts.push(text) - 1;
      index?.set(text, at);
    }
    return at;
  };

/** Pack `cards` (any object holding a card's fields, such as a projection row: nothing else is read). */
export function packCards(cards: readonly BoardCard[]): PackedCards {
  const count = cards.length;
  const texts: string[] = [];
  const ref = textRef(texts, new Map());
  const cols = {
    own: new Array<string>(count * OWN),
    refs: new Uint32Array(count * REFS),
    nums: new Float64Array(count * NUMS),
  };
  cards.forEach((c, i) => writeCard(c, i, cols, ref));
  return { count, texts, ...cols };
}

/**
 * A copy of `packed` with the cards at the given slots replaced (a save of cards it holds): the
 * other cards' columns are copied as they are, not rebuilt. A text no card uses any more stays in
 * `texts` (the caller re-packs when they pile up); a new one is added at the end.
 */
export function replaceCards(packed: PackedCards, slots: ReadonlyMap<number, BoardCard>): PackedCards {
  const texts = packed.texts.slice();
  const cols = { own: packed.own.slice(), refs: packed.refs.slice(), nums: packed.nums.slice() };
  const ref = textRef(texts);
  slots.forEach((card, i) => writeCard(card, i, cols, ref));
  return { count: packed.count, texts, ...cols };
}

/** The id of the `i`th card (to skip a card without building it). */
export function packedId(packed: PackedCards, i: number): string {
  return packed.own[i * OWN]!;
}

/** The status of the `i`th card (to pick cards without building them). */
export function packedStatus(packed: PackedCards, i: number): BoardCard['status'] {
  return packed.texts[packed.refs[i * REFS + 2]!] as BoardCard['status'];
}

/**
 * The `i`th card, built as one object. `texts`: the page's repeated texts to point it at
 * (default: the packed ones; a receiver may pass the same texts from its own pool, so all
 * pages share one copy of each).
 */
export function unpackCard(
  packed: PackedCards,
  i: number,
  texts: readonly string[] = packed.texts,
): BoardCard {
  const { own, refs, nums } = packed;
  const o = i * OWN;
  const r = i * REFS;
  const n = i * NUMS;
  const text = (at: number): string | null => (at === NONE ? null : texts[at]!);
  const done = nums[n + 7]!;
  const card: BoardCard = {
    id: own[o]!,
    title: own[o + 1]!,
    companyName: texts[refs[r]!]!,
    value: nums[n]!,
    probability: orNull(nums[n + 1]!),
    score: nums[n + 2]!,
    stageId: texts[refs[r + 1]!]!,
    status: texts[refs[r + 2]!] as BoardCard['status'],
    source: texts[refs[r + 3]!] as BoardCard['source'],
    stageEnteredAt: nums[n + 3]!,
    lastActivityAt: nums[n + 4]!,
    nextFollowUpAt: orNull(nums[n + 5]!),
    pausedUntil: orNull(nums[n + 6]!),
    expectedClose: text(refs[r + 5]!),
    handoff: Number.isNaN(done) ? null : { done, total: nums[n + 8]! },
    contactEmail: own[o + 3]!,
    contactName: own[o + 2]!,
  };
  const currency = text(refs[r + 4]!);
  if (currency !== null) card.currency = currency;
  return card;
}

/** Every card of a page (tests, and callers that want them all). */
export function unpackCards(packed: PackedCards): BoardCard[] {
  return Array.from({ length: packed.count }, (_, i) => unpackCard(packed, i));
}

/**
 * Packs cards picked out of other packs (the store's packed card projection, store/cardLeaves.ts)
 * into one answer: numbers and own strings are copied, repeated texts re-pointed at the answer's
 * own pool; no card object is built on the way. Cards are taken in runs (`addRun`: consecutive
 * cards of one pack), each run's columns copied as a block — a typed-array view kept until
 * `done`, which copies every run into the answer's arrays once — so a 5,000-card page of a held
 * board costs a few block copies and one text lookup per repeated text, not nineteen pushes and
 * six lookups per card (the PackBuilder's per-card copy was the largest share of the store
 * worker's CPU over a 100,000-deal cold start).
 */
export class PackBuilder {
  private readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly own: string[] = [];
  /** Per run: its refs already re-pointed at this answer's texts, and its numbers (a view). */
  private readonly runs: { refs: Uint32Array; nums: Float64Array }[] = [];
  private count = 0;
  /** Per source pack, where each of its texts sits in this one (NONE: not needed yet). */
  private readonly remaps = new Map<PackedCards, Uint32Array>();

  /** With `pool`: the answer numbers its texts in it (`textIds`). */
  constructor(private readonly pool?: TextPool) {}

  /** Where `from`'s texts sit in this answer, made once per source pack. */
  private remapOf(from: PackedCards): Uint32Array {
    let remap = this.remaps.get(from);
    if (!remap) this.remaps.set(from, (remap = new Uint32Array(from.texts.length).fill(NONE)));
    return remap;
  }

  private textOf(from: PackedCards, remap: Uint32Array, at: number): number {
    if (at === NONE) return NONE;
    if (remap[at] === NONE) {
      const text = from.texts[at]!;
      let mine = this.index.get(text);
      if (mine === undefined) {
        mine = this.texts.push(text) - 1;
        this.index.set(text, mine);
      }
      remap[at] = mine;
    }
    return remap[at]!;
  }

  /** Append `from`'s cards `start`…`end - 1`, in order. */
  addRun(from: PackedCards, start: number, end: number): void {
    if (end <= start) return;
    const remap = this.remapOf(from);
    const refs = new Uint32Array((end - start) * REFS);
    for (let k = start * REFS, to = 0; k < end * REFS; k++, to++)
      refs[to] = this.textOf(from, remap, from.refs[k]!);
    for (let k = start * OWN; k < end * OWN; k++) this.own.push(from.own[k]!);
    this.runs.push({ refs, nums: from.nums.subarray(start * NUMS, end * NUMS) });
    this.count += end - start;
  }

  done(): PackedCards {
    const { pool, count } = this;
    const refs = new Uint32Array(count * REFS);
    const nums = new Float64Array(count * NUMS);
    let at = 0;
    for (const run of this.runs) {
      refs.set(run.refs, at * REFS);
      nums.set(run.nums, at * NUMS);
      at += run.refs.length / REFS;
    }
    const packed: PackedCards = { count, texts: this.texts, own: this.own, refs, nums };
    if (pool)
      packed.textIds = Uint32Array.from(this.texts, (text) => {
        const id = pool.get(text);
        return id ?? pool.set(text, pool.size).size - 1;
      });
    return packed;
  }
}
