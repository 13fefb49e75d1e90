/**
 * Data → Export for another CRM against the real store, rendered with react-dom in jsdom: the
 * chosen CRM's files go to the platform's one `saveFiles` call (plain names, UTF-8 with BOM),
 * and the status line says which files were saved where — or why they were not.
 */
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { SaveFilesRequest, SaveResult } from '../../../../shared/bridge/contract';
import type { Platform } from '../../platform/types';
import { setPlatform } from '../../state/session';
import { renderedWithStore } from '../../testing/storeDom';
import { CrmExportSection } from './CrmExportSection';

const dom = renderedWithStore();
const { settle, byText, type, click } = dom;

/** The store's platform, with `saveFiles` played by `save`. */
function withSaveFiles(save: (request: SaveFilesRequest) => Promise<SaveResult>) {
  const saveFiles = vi.fn(save);
  setPlatform({
    kind: 'electron',
    store: dom.client,
    onReconnect: () => () => undefined,
    saveFiles,
  } as unknown as Platform);
  return saveFiles;
}

const status = () => dom.host.querySelector('[role="status"]');

async function exportFor(crm: string, label: string) {
  await dom.client.call('sample.load', { count: 4, seed: 3 });
  act(() => dom.root.render(<CrmExportSection />));
  await act(async () => type(dom.host.querySelector('select')!, crm));
  await click(byText(`Export for ${label}`));
}

describe('Export for another CRM', () => {
  it('hands every file of the chosen CRM to saveFiles and says where they went', async () => {
    const saveFiles = withSaveFiles(async () => ({
      saved: true,
      path: '/home/rep/Fieldline for Salesforce',
    }));
    await exportFor('salesforce', 'Salesforce');
    await settle(() => !!status()?.textContent);
    expect(status()!.textContent).toBe(
      'Saved salesforce-opportunities.csv, salesforce-contacts.csv, salesforce-accounts.csv (4 deals) to /home/rep/Fieldline for Salesforce. In Salesforce, import the accounts and contacts first (Data Import Wizard), then the opportunities (Data Loader); add your stage names to the Stage picklist before.',
    );
    expect(saveFiles).toHaveBeenCalledTimes(1);
    const { folderName, files } = saveFiles.mock.calls[0]![0];
    expect(folderName).toMatch(/^Fieldline for Salesforce \d{4}-\d{2}-\d{2}$/);
    expect(files.map((f) => f.name)).toEqual([
      'salesforce-opportunities.csv',
      'salesforce-contacts.csv',
      'salesforce-accounts.csv',
    ]);
    expect(files.every((f) => f.content.startsWith('\uFEFF'))).toBe(true);
    const [header, ...rows] = files[0]!.content.slice(1).split('\r\n');
    expect(header).toMatch(/^Opportunity Name,Account Name,Amount,Opportunity Currency,Close Date,Stage,/);
    expect(rows).toHaveLength(4);
  });

  it('says nothing when the rep cancels the folder dialog, and names the cause when saving fails', async () => {
    const cancelled = withSaveFiles(async () => ({ saved: false }));
    await exportFor('pipedrive', 'Pipedrive');
    // The button reads "Exporting…" while the export runs.
    await settle(() => cancelled.mock.calls.length === 1 && !!byText('Export for Pipedrive'));
    expect(status()!.textContent).toBe('');

    withSaveFiles(async () => {
      throw new Error('The disk is full.');
    });
    await click(byText('Export for Pipedrive'));
    await settle(() => !!status()?.textContent);
    expect(status()!.textContent).toContain('The export did not complete: The disk is full.');
    expect(status()!.className).toBe('error');
  });
});
