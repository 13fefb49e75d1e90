import { describe, expect, it } from 'vitest';
import type { DealExportRow } from '../../../../shared/domains/deals/contract';
import { exportFileName } from '../../ui/fileNames';
import { DEAL_EXPORT_HEADER, dealRowsToCsv } from './exportCsv';

const row: DealExportRow = {
  title: '=HYPERLINK("http://evil.example","Click")',
  companyName: 'Acme, Inc.',
  contactName: 'Jane Doe',
  email: 'jane@acme.example',
  phone: '+49 30 123',
  stageName: 'Lead Generation',
  status: 'open',
  value: 1200,
  currency: 'EUR',
  weightedValue: 120,
  score: 35,
  source: 'event',
  expectedClose: '2025-09-30',
  nextStepAt: null,
  daysInStage: 4,
};

describe('dealRowsToCsv', () => {
  it('writes a BOM, the header and one formula-safe row per deal', () => {
    const csv = dealRowsToCsv([row]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(DEAL_EXPORT_HEADER.join(','));
    expect(line).toBe(
      `"'=HYPERLINK(""http://evil.example"",""Click"")","Acme, Inc.",Jane Doe,jane@acme.example,"'+49 30 123",Lead Generation,Open,1200,EUR,120,35,Event attendee,2025-09-30,,4`,
    );
  });

  it('with no deals it is just the header', () => {
    expect(dealRowsToCsv([])).toBe(`\uFEFF${DEAL_EXPORT_HEADER.join(',')}`);
  });

  it('names files by kind and day', () => {
    const now = new Date(2025, 5, 1, 12).getTime();
    expect(exportFileName('deals', now)).toBe('fieldline-deals-2025-06-01.csv');
    expect(exportFileName('backup', now)).toBe('fieldline-backup-2025-06-01.json');
  });
});
