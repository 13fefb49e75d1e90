import { useState } from 'react';
import { errorText } from '../../../../shared/errorText';
import { MERGE_FIELDS, type MergeField } from '../../../../shared/domains/people/contract';
import type { DuplicateSuggestion } from '../../../../shared/domains/people/suggestions';
import type { PersonRow } from '../../../../shared/rpc/views';
import { useLiveQuery } from '../../state/liveQuery';
import { announce } from '../../ui/announce';
import { Modal } from '../../ui/Modal';
import { showToast } from '../../ui/toast';
import { mergePeople, unmergePeople } from './actions';

const FIELD_LABELS: Record<MergeField, string> = {
  name: 'Name',
  email: 'E-mail',
  phone: 'Phone',
  title: 'Job title',
  companyId: 'Company',
};
const shownValue = (p: PersonRow, field: MergeField) =>
  (field === 'companyId' ? p.companyName : p[field]) || '—';

/** Pairs that may be one person, and a side-by-side merge choosing each field. Undoable. */
export function DuplicatesDialog({ onClose }: { onClose(): void }) {
  const suggestions = useLiveQuery('people.duplicates', {});
  const people = useLiveQuery('people.list', {});
  const [open, setOpen] = useState<DuplicateSuggestion | null>(null);
  const byId = new Map((people.data ?? []).map((p) => [p.id, p]));
  const pairs = (suggestions.data ?? []).filter((s) => s.ids.every((id) => byId.has(id)));
  const pair =
    open && open.ids.every((id) => byId.has(id))
      ? ([byId.get(open.ids[0])!, byId.get(open.ids[1])!] as const)
      : null;
  return (
    <Modal
      title={pair ? 'Merge two people' : 'Possible duplicates'}
      onClose={onClose}
      className="merge-dialog"
    >
      {pair ? (
        <MergeForm pair={pair} onBack={() => setOpen(null)} onDone={onClose} />
      ) : suggestions.data && people.data ? (
        pairs.length ? (
          <ul className="page-list">
            {pairs.map((s) => (
              <li key={s.ids.join('|')}>
                <button type="button" className="link-row" onClick={() => setOpen(s)}>
                  <span className="link-row-main">
                    {byId.get(s.ids[0])!.name} and {byId.get(s.ids[1])!.name}
                  </span>
                  <span className="muted">
                    {s.why} · {byId.get(s.ids[0])!.companyName || byId.get(s.ids[0])!.email}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">No likely duplicates: everyone looks like one person.</p>
        )
      ) : (
        <p aria-busy="true">Looking for duplicates…</p>
      )}
      {!pair && (
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </Modal>
  );
}

function MergeForm({
  pair,
  onBack,
  onDone,
}: {
  pair: readonly [PersonRow, PersonRow];
  onBack(): void;
  onDone(): void;
}) {
  const [survivor, other] = pair;
  // Each field defaults to the kept record's value, or the other's when the kept one is empty.
  const [take, setTake] = useState<Record<MergeField, 'survivor' | 'other'>>(
    () =>
      Object.fromEntries(
        MERGE_FIELDS.map((f) => [f, !survivor[f] && other[f] ? 'other' : 'survivor']),
      ) as Record<MergeField, 'survivor' | 'other'>,
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const merge = async () => {
    setBusy(true);
    setError(null);
    try {
      const undo = await mergePeople({ survivorId: survivor.id, otherId: other.id, take });
      const name = take.name === 'other' ? other.name : survivor.name;
      onDone();
      announce(`Merged into ${name}.`);
      showToast({
        title: `Merged into ${name}`,
        body: 'Their deals, roles, activities and follow-ups are together now.',
        dealId: null,
        actions: [
          {
            label: 'Undo',
            run: () =>
              void unmergePeople(undo).catch((e: unknown) =>
                showToast({ title: 'The merge was not undone', body: errorText(e), dealId: null }),
              ),
          },
        ],
      });
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void merge();
      }}
    >
      <p>
        Choose what to keep of each. Everything else of theirs — deals, roles, activities, follow-ups —
        follows.
      </p>
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Kept record</th>
            <th scope="col">Merged in</th>
          </tr>
        </thead>
        <tbody>
          {MERGE_FIELDS.map((field) => (
            <tr key={field}>
              <th scope="row">{FIELD_LABELS[field]}</th>
              {(['survivor', 'other'] as const).map((side) => {
                const person = side === 'survivor' ? survivor : other;
                return (
                  <td key={side}>
                    <label>
                      <input
                        type="radio"
                        name={field}
                        checked={take[field] === side}
                        onChange={() => setTake((t) => ({ ...t, [field]: side }))}
                      />
                      {shownValue(person, field)}
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Merge
        </button>
      </div>
    </form>
  );
}
