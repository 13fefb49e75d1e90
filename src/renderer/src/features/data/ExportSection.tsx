import { errorText } from '../../../../shared/errorText';
import { useState } from 'react';
import { useNavigation } from '../../state/navigation';
import { exportBackup, exportDealsCsv } from './actions';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function ExportSection() {
  const pipelineId = useNavigation((s) => s.pipelineId);
  const [busy, setBusy] = useState<'csv' | 'json' | null>(null);
  const [message, setMessage] = useState<Message>(null);

  async function run(kind: 'csv' | 'json') {
    setBusy(kind);
    setMessage(null);
    try {
      if (kind === 'csv') {
        const r = await exportDealsCsv(pipelineId);
        if (r.saved)
          setMessage({
            kind: 'ok',
            text: `Exported ${r.count.toLocaleString()} ${r.count === 1 ? 'deal' : 'deals'} to ${r.path ?? 'a CSV file'}.`,
          });
      } else {
        const r = await exportBackup();
        if (r.saved)
          setMessage({
            kind: 'ok',
            text: `Saved a backup of ${r.counts.deals.toLocaleString()} ${r.counts.deals === 1 ? 'deal' : 'deals'} to ${r.path ?? 'a JSON file'}.`,
          });
      }
    } catch (error) {
      setMessage({ kind: 'error', text: `The export did not complete: ${errorText(error)}` });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="data-card" aria-labelledby="data-export-heading">
      <h2 id="data-export-heading">Export</h2>
      <p>
        Deals as a spreadsheet (the board's fields with each deal's main contact), or everything as one backup
        file you can restore later.
      </p>
      <div className="data-actions">
        <button type="button" disabled={busy !== null} onClick={() => void run('csv')}>
          {busy === 'csv' ? 'Exporting…' : 'Export deals (CSV)'}
        </button>
        <button type="button" disabled={busy !== null} onClick={() => void run('json')}>
          {busy === 'json' ? 'Exporting…' : 'Export everything (JSON backup)'}
        </button>
      </div>
      <p role="status" className={message?.kind === 'error' ? 'error' : 'ok'}>
        {message?.text}
      </p>
    </section>
  );
}
