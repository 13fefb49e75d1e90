import { useId, type FormEvent } from 'react';
import type { PersonPage as Page } from '../../../../shared/rpc/views';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { SaveFooter } from '../../ui/SaveFooter';
import { useSaveStatus } from '../../ui/useSaveStatus';
import { updatePerson } from './actions';
import { DealLines, rolesText, Timeline } from './pieces';
import { PersonTemplates } from './PersonTemplates';

/** One person: their details (edited once for every deal), their deals and the timeline. */
export function PersonPage({ id }: { id: string }) {
  const page = useLiveQuery('people.get', { id });
  const go = useNavigation((s) => s.go);
  const openCompany = useNavigation((s) => s.openCompany);
  const data = page.data;
  return (
    <article className="record-page" aria-labelledby="person-heading">
      <button type="button" className="back" onClick={() => go('people')}>
        ← All people
      </button>
      <h1 id="person-heading" tabIndex={-1}>
        {data?.person.name ?? 'Person'}
      </h1>
      {page.status === 'error' && <p role="alert">Could not open this person: {page.error}</p>}
      {data && (
        <>
          <p className="record-sub">
            {data.person.title && <>{data.person.title} · </>}
            {data.company ? (
              <button type="button" className="link" onClick={() => openCompany(data.company!.id)}>
                {data.company.name}
              </button>
            ) : (
              'No company'
            )}
          </p>
          <div className="record-grid">
            <section aria-labelledby="person-details">
              <h2 id="person-details">Details</h2>
              <PersonForm key={data.person.id} page={data} />
            </section>
            <section aria-labelledby="person-deals">
              <h2 id="person-deals">Deals ({data.deals.length})</h2>
              <DealLines
                deals={data.deals.map((d) => d.deal)}
                empty="Not on any deal."
                extra={(d) => rolesText(data.deals.find((x) => x.deal.id === d.id)?.roles ?? [])}
              />
              <h2 id="person-write">Write to {data.person.name}</h2>
              <PersonTemplates page={data} />
            </section>
          </div>
          <section aria-labelledby="person-timeline">
            <h2 id="person-timeline">Timeline across their deals</h2>
            <Timeline
              activities={data.activities}
              dealTitles={new Map(data.deals.map((d) => [d.deal.id, d.deal.title]))}
            />
          </section>
        </>
      )}
    </article>
  );
}

const FIELDS = [
  ['name', 'Name', 'text'],
  ['title', 'Job title', 'text'],
  ['email', 'E-mail', 'email'],
  ['phone', 'Phone', 'tel'],
] as const;

function PersonForm({ page }: { page: Page }) {
  const { state, run } = useSaveStatus();
  const formId = useId();
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const patch = Object.fromEntries(FIELDS.map(([key]) => [key, String(form.get(key) ?? '').trim()]));
    void run(() => updatePerson({ id: page.person.id, patch }));
  };
  return (
    <form className="stack-form" onSubmit={save} aria-describedby={`${formId}-note`}>
      {FIELDS.map(([key, label, type]) => (
        <label key={key}>
          {label}
          <input name={key} type={type} defaultValue={page.person[key]} required={key === 'name'} />
        </label>
      ))}
      <p id={`${formId}-note`} className="muted">
        Saved once, shown on every deal {page.person.name} is on.
      </p>
      <SaveFooter state={state} label="Save person" />
    </form>
  );
}
