import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { useMoney } from '../../ui/money';
import { DealLines, rolesText, Timeline } from './pieces';

/** One company: its people, its open and closed deals, what it is worth and the timeline. */
export function CompanyPage({ id }: { id: string }) {
  const page = useLiveQuery('companies.get', { id });
  const go = useNavigation((s) => s.go);
  const openPerson = useNavigation((s) => s.openPerson);
  const money = useMoney();
  const data = page.data;
  const deals = data ? [...data.openDeals, ...data.closedDeals] : [];
  return (
    <article className="record-page" aria-labelledby="company-heading">
      <button type="button" className="back" onClick={() => go('companies')}>
        ← All companies
      </button>
      <h1 id="company-heading" tabIndex={-1}>
        {data?.company.name ?? 'Company'}
      </h1>
      {page.status === 'error' && <p role="alert">Could not open this company: {page.error}</p>}
      {data && (
        <>
          <dl className="facts record-facts">
            <div>
              <dt>Industry</dt>
              <dd>{data.company.industry || '—'}</dd>
            </div>
            <div>
              <dt>Won in total</dt>
              <dd>{money.format(data.wonValue)}</dd>
            </div>
            <div>
              <dt>Open deals</dt>
              <dd>{data.openDeals.length}</dd>
            </div>
          </dl>
          <div className="record-grid">
            <section aria-labelledby="company-people">
              <h2 id="company-people">People ({data.people.length})</h2>
              {data.people.length ? (
                <ul className="page-list">
                  {data.people.map((p) => (
                    <li key={p.id}>
                      <button type="button" className="link-row" onClick={() => openPerson(p.id)}>
                        <span className="link-row-main">{p.name}</span>
                        <span>{p.title}</span>
                        <span className="muted">{rolesText(p.roles)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="muted">Nobody recorded yet.</p>
              )}
            </section>
            <section aria-labelledby="company-open">
              <h2 id="company-open">Open deals</h2>
              <DealLines deals={data.openDeals} empty="No open deal." />
              <h2 id="company-closed">Closed deals</h2>
              <DealLines deals={data.closedDeals} empty="No closed deal yet." />
            </section>
          </div>
          <section aria-labelledby="company-timeline">
            <h2 id="company-timeline">Timeline across its deals</h2>
            <Timeline activities={data.activities} dealTitles={new Map(deals.map((d) => [d.id, d.title]))} />
          </section>
        </>
      )}
    </article>
  );
}
