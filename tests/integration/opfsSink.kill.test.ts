/**
 * Browser mode's journal sink (OPFS) killed in the middle of writing a snapshot: the cut-off
 * file still starts with a whole journal header, so it must never be taken for the newest
 * snapshot. A relaunch whose IndexedDB was lost rebuilds every acknowledged write from the
 * older snapshot and the journal.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { opfsSink } from '../../src/renderer/src/store-host/opfsSink';
import { startHarness, until } from '../../src/shared/store/testing/harness';
import { deleteDatabase, lead, titles } from './testing/journalStarts';
import { fakeOpfs } from './testing/fakeOpfs';

vi.setConfig({ testTimeout: 60_000 });

/** A worker's start on `process` of the fake file system: its sink and its store. */
async function launch(process: ReturnType<ReturnType<typeof fakeOpfs>['process']>, indexedDB: IDBFactory) {
  vi.stubGlobal('navigator', { storage: process.storage });
  const sink = await opfsSink();
  return startHarness({ indexedDB, journal: { sink, compactAfter: { records: 1e9, bytes: 1e12 } } });
}

afterEach(() => void vi.unstubAllGlobals());

describe.each([
  // Killed while the snapshot is written under its temporary name, before the rename.
  { canRename: true, killOn: /^snapshot-/ },
  // A browser that cannot rename writes the snapshot in place: killed during that write.
  { canRename: false, killOn: /^snapshot-.*\.json$/ },
])(
  'the OPFS sink killed while writing a snapshot (rename available: $canRename)',
  ({ canRename, killOn }) => {
    it('leaves no cut-off snapshot that passes for whole: a rebuild loses nothing', async () => {
      const opfs = fakeOpfs({ canRename });
      const indexedDB = new IDBFactory();
      const first = opfs.process();
      const h = await launch(first, indexedDB);
      const client = h.connect();
      const acknowledged: string[] = [];
      for (let i = 0; i < 4; i++) {
        await client.call('deals.create', lead(`Lead ${i}`));
        acknowledged.push(`Lead ${i}`);
      }
      // The next snapshot write (a backup compacts) is cut in half by a kill.
      first.kill.armed = (name) => killOn.test(name);
      await client.call('backup.export', {}).catch(() => undefined);
      await until(() => first.kill.dead, 20_000);
      await h.close();
      // The cut-off file is there, and its header alone would pass.
      const cut = [...opfs.files.entries()].filter(([name]) => name.startsWith('snapshot-'));
      expect(cut.some(([, bytes]) => !isWhole(bytes))).toBe(true);

      // Relaunch after Chromium lost the database: the journal rebuilds it.
      await deleteDatabase(indexedDB, h.host.db.name);
      const again = await launch(opfs.process(), indexedDB);
      expect(await titles(again)).toEqual(acknowledged.sort());
      await again.close();
    });
  },
);

function isWhole(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}
