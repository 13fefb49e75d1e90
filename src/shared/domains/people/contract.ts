import { z } from 'zod';
import { Contact, DealContact, Id, ShortText } from '../../model';
import { command, query } from '../../rpc/define';
import type { DirectoryHits, PersonPage, PersonRow } from '../../rpc/views';
import type { DuplicateSuggestion } from './suggestions';

/** What a merge changed, so undo can put every record and link back. */
export const MergeUndo = z.object({
  survivorBefore: Contact,
  removed: Contact,
  deals: z.array(z.object({ id: Id, contacts: z.array(DealContact).max(200) })).max(100_000),
  activityIds: z.array(Id).max(1_000_000),
  followUpIds: z.array(Id).max(1_000_000),
});
export type MergeUndo = z.infer<typeof MergeUndo>;

/** The fields a merge chooses between, one record's value each. */
export const MERGE_FIELDS = ['name', 'email', 'phone', 'title', 'companyId'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

export const PersonPatch = z
  .object({
    name: ShortText.trim().min(1, 'a person needs a name'),
    email: z.union([z.literal(''), z.email('that e-mail address does not look right').max(300)]),
    phone: ShortText,
    title: ShortText,
  })
  .partial();

/** Everyone the rep knows, shared by deals. */
const PEOPLE = ['contacts', 'companies', 'deals'] as const;
/** A merge re-points every link to the merged-away record. */
const LINKS = ['contacts', 'deals', 'activities', 'followUps'] as const;

export const peopleMethods = {
  /** Every person with their company, roles, open deals and last touch. */
  'people.list': query(z.object({}), PEOPLE).returns<PersonRow[]>(),
  /** People and companies whose name (or a person's e-mail) holds `text`: the palette's search. */
  'people.search': query(z.object({ text: z.string().max(200), limit: z.number().int().min(1).max(50) }), [
    'contacts',
    'companies',
  ]).returns<DirectoryHits>(),
  /** One person's page: their deals and the timeline across them. */
  'people.get': query(z.object({ id: Id }), [...PEOPLE, 'activities']).returns<PersonPage>(),
  /** Edit a person: every deal that shows them shows the change. */
  'people.update': command(z.object({ id: Id, patch: PersonPatch }), {
    writes: ['contacts'],
  }).returns<Contact>(),
  /** People who may be one person: same e-mail, or similar names at the same company. */
  'people.duplicates': query(z.object({}), ['contacts']).returns<DuplicateSuggestion[]>(),
  /**
   * Merge `otherId` into `survivorId`, taking each chosen field from the record named; the
   * other's deals, roles, activities and follow-ups follow the survivor. Returns the undo.
   */
  'people.merge': command(
    z.object({
      survivorId: Id,
      otherId: Id,
      take: z.partialRecord(z.enum(MERGE_FIELDS), z.enum(['survivor', 'other'])),
    }),
    { writes: LINKS },
  ).returns<MergeUndo>(),
  /** Put back what a merge changed. */
  'people.unmerge': command(z.object({ undo: MergeUndo }), { writes: LINKS }).returns<Contact>(),
};
