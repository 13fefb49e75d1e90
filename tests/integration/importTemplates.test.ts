import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import { applyTemplate, matchingTemplate, templateOf } from '../../src/shared/domains/import';
import { MAX_IMPORT_TEMPLATES } from '../../src/shared/model';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';

let h: Harness;
let client: RpcClient;
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
});
afterEach(async () => {
  await h.close();
});

const HEADERS = ['Deal Name', 'Deal Stage', 'Amount', 'Original Source', 'Pipeline'];

async function saved(name: string, now: number, headers = HEADERS) {
  const [pipeline] = await client.call('pipelines.list', {});
  const sql = pipeline!.stages.find((s) => s.kind === 'sql')!;
  return templateOf(
    name,
    {
      headers,
      mapping: { title: 0, stage: 1, value: 2, source: 3 },
      pipelineId: pipeline!.id,
      stageMap: { 'Decision Maker Bought-In': sql.id, 'Closed Won': '@won', Gone: 'no-such-stage' },
      sourceMap: { 'Offline Sources': 'event' },
      defaultSource: 'campaign',
      keepUnmapped: false,
    },
    now,
  );
}

describe('saved import mappings through the RPC transport', () => {
  it('a saved mapping comes back for a file with the same columns in any order, and only for it', async () => {
    const template = await saved('HubSpot deals', 1000);
    await client.call('settings.saveImportTemplate', { template });
    const { importTemplates = [] } = await client.call('settings.get', {});
    expect(importTemplates).toEqual([template]);

    const shuffled = ['Amount', 'pipeline', 'Deal Stage', 'Deal Name', 'Original Source'];
    const found = matchingTemplate(importTemplates, shuffled);
    expect(found?.name).toBe('HubSpot deals');
    expect(matchingTemplate(importTemplates, [...shuffled, 'Extra'])).toBeNull();
    expect(matchingTemplate(importTemplates, shuffled.slice(1))).toBeNull();

    // Applied: columns by header name, stages that still exist (or close the deal), sources.
    const [pipeline] = await client.call('pipelines.list', {});
    const applied = applyTemplate(found!, shuffled, pipeline!);
    expect(applied.mapping).toEqual({ title: 3, stage: 2, value: 0, source: 4 });
    expect(applied.stageMap).toEqual({
      'Decision Maker Bought-In': pipeline!.stages.find((s) => s.kind === 'sql')!.id,
      'Closed Won': '@won',
    });
    expect(applied).toMatchObject({ sourceMap: { 'Offline Sources': 'event' }, keepUnmapped: false });
  });

  it('one per name in any case (the newest wins), bounded, and forgotten on request', async () => {
    await client.call('settings.saveImportTemplate', { template: await saved('HubSpot deals', 1) });
    await client.call('settings.saveImportTemplate', { template: await saved('hubspot DEALS', 2) });
    let list = (await client.call('settings.get', {})).importTemplates ?? [];
    expect(list.map((t) => [t.name, t.savedAt])).toEqual([['hubspot DEALS', 2]]);

    for (let i = 0; i < MAX_IMPORT_TEMPLATES + 3; i++)
      await client.call('settings.saveImportTemplate', { template: await saved(`File ${i}`, 10 + i) });
    list = (await client.call('settings.get', {})).importTemplates ?? [];
    expect(list).toHaveLength(MAX_IMPORT_TEMPLATES);
    expect(list[0]!.name).toBe(`File ${MAX_IMPORT_TEMPLATES + 2}`);

    await client.call('settings.deleteImportTemplate', { name: list[0]!.name });
    list = (await client.call('settings.get', {})).importTemplates ?? [];
    expect(list.map((t) => t.name)).not.toContain(`File ${MAX_IMPORT_TEMPLATES + 2}`);
  });

  it('a bad template is refused and changes nothing', async () => {
    const before = await client.call('settings.get', {});
    const template = { ...(await saved('x', 1)), name: '   ' };
    await expect(client.call('settings.saveImportTemplate', { template })).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(await client.call('settings.get', {})).toEqual(before);
  });
});
