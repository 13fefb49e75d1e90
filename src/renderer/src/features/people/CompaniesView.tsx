import type { CompanyRow } from '../../../../shared/rpc/views';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { useMoney } from '../../ui/money';
import { CompanyPage } from './CompanyPage';
import { DirectoryList, type SortOption } from './DirectoryList';
import { touchText } from './pieces';
import './people.css';

const SORTS: SortOption<CompanyRow>[] = [
  { label: 'Name', compare: (a, b) => a.name.localeCompare(b.name) },
  { label: 'Open deals', compare: (a, b) => b.openDeals - a.openDeals },
  { label: 'Won value', compare: (a, b) => b.wonValue - a.wonValue },
  { label: 'Last touch', compare: (a, b) => (b.lastTouch ?? 0) - (a.lastTouch ?? 0) },
];
const HEADERS = ['Name', 'Industry', 'People', 'Open deals', 'Won', 'Last touch'];
const searchText = (r: CompanyRow) => `${r.name} ${r.industry}`;

/** Every company with its people and deals; a company's page when one is open. */
export function CompaniesView() {
  const companyId = useNavigation((s) => s.companyId);
  const openCompany = useNavigation((s) => s.openCompany);
  const companies = useLiveQuery('companies.list', companyId ? null : {});
  const money = useMoney();
  if (companyId) return <CompanyPage id={companyId} />;
  return (
    <section className="directory-view" aria-labelledby="companies-heading">
      <div className="view-top">
        <h1 id="companies-heading">Companies</h1>
      </div>
      {companies.status === 'error' && <p role="alert">Could not load companies: {companies.error}</p>}
      <DirectoryList
        noun="companies"
        rows={companies.data}
        sorts={SORTS}
        searchText={searchText}
        cells={(r) => [
          r.name,
          r.industry || '—',
          r.people,
          r.openDeals,
          money.format(r.wonValue),
          touchText(r.lastTouch),
        ]}
        headers={HEADERS}
        columns="2.5fr 2fr 0.8fr 0.9fr 1.3fr 1.3fr"
        onOpen={(r) => openCompany(r.id)}
      />
    </section>
  );
}
