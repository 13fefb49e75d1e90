import { useState } from 'react';
import { BackupsSection } from '../../flows/backups/BackupsSection';
import { CrmExportSection } from './CrmExportSection';
import { ExportSection } from './ExportSection';
import { ImportWizard } from './ImportWizard';
import { RestoreSection } from './RestoreSection';
import { automaticBackups } from '../../flows/backups/actions';
import './data.css';

/** "Your data is yours": import, export, restore and (in the desktop app) automatic backups. */
export function DataView() {
  const [importing, setImporting] = useState(false);
  const backups = automaticBackups();
  return (
    <section className="data-view" aria-labelledby="data-heading">
      <h1 id="data-heading">Your data</h1>
      <p className="hint">
        Everything stays on this computer. Take it with you as CSV or as a complete backup file.
      </p>
      <section className="data-card" aria-labelledby="data-import-heading">
        <h2 id="data-import-heading">Import leads</h2>
        <p>
          From a CSV file exported by a spreadsheet, HubSpot, Salesforce or Pipedrive. You see a preview and
          choose what to do with duplicates before anything is saved.
        </p>
        <button type="button" className="primary" onClick={() => setImporting(true)}>
          Import leads from CSV…
        </button>
      </section>
      <ExportSection />
      <CrmExportSection />
      <RestoreSection />
      {backups && <BackupsSection backups={backups} />}
      {importing && <ImportWizard onClose={() => setImporting(false)} />}
    </section>
  );
}
