import { useState } from 'react';
import type { PersonRow } from '../../../../shared/rpc/views';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { DirectoryList, type SortOption } from './DirectoryList';
import { DuplicatesDialog } from './DuplicatesDialog';
import { PersonPage } from './PersonPage';
import { rolesText, touchText } from './pieces';
import './people.css';

const byText = (pick: (r: PersonRow) => string) => (a: PersonRow, b: PersonRow) =>
  pick(a).localeCompare(pick(b));
const SORTS: SortOption<PersonRow>[] = [
  { label: 'Name', compare: byText((r) => r.name) },
  { label: 'Company', compare: byText((r) => r.companyName) },
  { label: 'Open deals', compare: (a, b) => b.openDeals - a.openDeals },
  { label: 'Last touch', compare: (a, b) => (b.lastTouch ?? 0) - (a.lastTouch ?? 0) },
];
const HEADERS = ['Name', 'Company', 'Role', 'E-mail', 'Phone', 'Open deals', 'Last touch'];
const searchText = (r: PersonRow) => `${r.name} ${r.companyName} ${r.email} ${r.phone} ${r.title}`;
const cells = (r: PersonRow) => [
  r.name,
  r.companyName || '—',
  rolesText(r.roles) || '—',
  r.email || '—',
  r.phone || '—',
  r.openDeals,
  touchText(r.lastTouch),
];

/** Everyone the rep knows, shared by their deals; a person's page when one is open. */
export function PeopleView() {
  const personId = useNavigation((s) => s.personId);
  const openPerson = useNavigation((s) => s.openPerson);
  const people = useLiveQuery('people.list', personId ? null : {});
  const [merging, setMerging] = useState(false);
  if (personId) return <PersonPage id={personId} />;
  return (
    <section className="directory-view" aria-labelledby="people-heading">
      <div className="view-top">
        <h1 id="people-heading">People</h1>
        <button type="button" onClick={() => setMerging(true)}>
          Find duplicates
        </button>
      </div>
      {people.status === 'error' && <p role="alert">Could not load people: {people.error}</p>}
      <DirectoryList
        noun="people"
        rows={people.data}
        sorts={SORTS}
        searchText={searchText}
        cells={cells}
        headers={HEADERS}
        columns="2fr 2fr 1.3fr 2.2fr 1.4fr 0.8fr 1.2fr"
        onOpen={(r) => openPerson(r.id)}
      />
      {merging && <DuplicatesDialog onClose={() => setMerging(false)} />}
    </section>
  );
}
