import { useId, useState } from 'react';
import type { PersonPage } from '../../../../shared/rpc/views';
import { TemplateDialog } from '../../flows/templates/TemplateDialog';
import { useLiveQuery } from '../../state/liveQuery';

/**
 * From a person's page: write to them from a template, about one of their deals (the message
 * is logged on that deal's timeline, like from the deal itself).
 */
export function PersonTemplates({ page }: { page: PersonPage }) {
  const deals = page.deals.map((d) => d.deal);
  const [dealId, setDealId] = useState(deals.find((d) => d.status === 'open')?.id ?? deals[0]?.id ?? '');
  const [open, setOpen] = useState(false);
  const selectId = useId();
  if (!deals.length)
    return <p className="muted">Add {page.person.name} to a deal to write from a template.</p>;
  return (
    <div className="person-templates">
      {deals.length > 1 && (
        <>
          <label htmlFor={selectId}>About</label>
          <select id={selectId} value={dealId} onChange={(e) => setDealId(e.target.value)}>
            {deals.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        E-mail or call from a template…
      </button>
      {open && (
        <DealTemplateDialog dealId={dealId} contactId={page.person.id} onClose={() => setOpen(false)} />
      )}
    </div>
  );
}

/** The template dialog once the deal, its stage and the settings are loaded. */
function DealTemplateDialog({
  dealId,
  contactId,
  onClose,
}: {
  dealId: string;
  contactId: string;
  onClose(): void;
}) {
  const detail = useLiveQuery('deals.get', { id: dealId });
  const settings = useLiveQuery('settings.get', {});
  const pipelines = useLiveQuery('pipelines.list', {});
  if (!detail.data || !settings.data || !pipelines.data) return null;
  const stage = pipelines.data
    .find((p) => p.id === detail.data!.deal.pipelineId)
    ?.stages.find((s) => s.id === detail.data!.deal.stageId);
  return (
    <TemplateDialog
      data={{ detail: detail.data, settings: settings.data, stage }}
      contactId={contactId}
      onClose={onClose}
    />
  );
}
