import { useState } from 'react';
import { errorText } from '../../../../shared/errorText';
import { CRM_EXPORTS, type CrmExportId } from '../../../../shared/export/crm';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { exportForCrm } from './actions';

type Message = { ok: boolean; text: string } | null;

/** "Export for HubSpot / Salesforce / Pipedrive": a rep can leave as easily as they came. */
export function CrmExportSection() {
  const [crm, setCrm] = useState<CrmExportId>('hubspot');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const label = CRM_EXPORTS[crm].label;

  async function run() {
    setBusy(true);
    setMessage(null);
    try {
      const r = await exportForCrm(crm);
      if (r.saved)
        setMessage({
          ok: true,
          text: `Saved ${r.names.join(', ')} (${r.deals.toLocaleString()} ${r.deals === 1 ? 'deal' : 'deals'}) to ${r.path ?? 'your downloads'}. ${CRM_EXPORTS[crm].nextSteps}`,
        });
    } catch (error) {
      setMessage({ ok: false, text: `The export did not complete: ${errorText(error)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="data-card" aria-labelledby="data-crm-export-heading">
      <h2 id="data-crm-export-heading">Export for another CRM</h2>
      <p>
        Your deals, contacts and companies as CSV files whose columns the CRM’s importer recognises: stages,
        won and lost with their reasons, amounts with their currencies, every contact.
      </p>
      <div className="data-actions">
        <LabelledSelect label="CRM" value={crm} onChange={(v) => setCrm(v as CrmExportId)} disabled={busy}>
          {(Object.keys(CRM_EXPORTS) as CrmExportId[]).map((id) => (
            <option key={id} value={id}>
              {CRM_EXPORTS[id].label}
            </option>
          ))}
        </LabelledSelect>
        <button type="button" disabled={busy} onClick={() => void run()}>
          {busy ? 'Exporting…' : `Export for ${label}`}
        </button>
      </div>
      <p role="status" className={message?.ok === false ? 'error' : 'ok'}>
        {message?.text}
      </p>
    </section>
  );
}
