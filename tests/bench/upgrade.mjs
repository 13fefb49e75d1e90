// Schema upgrade, previous Dexie version → current, on a seeded database. The previous
// version's tables are read from src/shared/store/schema.ts (SCHEMA_V1 + SCHEMA_Vn_ADDS up to
// DB_VERSION - 1, as Dexie composes them), so a bump of DB_VERSION is followed without edits.
import { readFileSync } from 'node:fs';

/** `{ name: 'dexie schema string' }` entries of one `export const NAME = { ... }` block. */
function tablesOf(source, name) {
  const block = source.match(new RegExp(`export const ${name} = \\{([\\s\\S]*?)\\}`));
  if (!block) return null;
  return Object.fromEntries([...block[1].matchAll(/(\w+):\s*'([^']*)'/g)].map((m) => [m[1], m[2]]));
}

/** DB_VERSION and the Dexie schema strings of version DB_VERSION - 1 (null if none). */
export function previousSchema(root) {
  const source = readFileSync(`${root}/src/shared/store/schema.ts`, 'utf8');
  const current = Number(source.match(/export const DB_VERSION = (\d+)/)?.[1]);
  if (!(current > 1)) return { current, previous: null, tables: null };
  const tables = { ...tablesOf(source, 'SCHEMA_V1') };
  for (let v = 2; v < current; v++) Object.assign(tables, tablesOf(source, `SCHEMA_V${v}_ADDS`) ?? {});
  return { current, previous: current - 1, tables };
}

/**
 * In a same-origin page without the app: read every record of the current database, delete it,
 * and write the same records into a database created with the previous version's schema at
 * Dexie's IndexedDB version (version × 10). Returns the record count written.
 */
export async function rewriteAsPrevious(page, { previous, tables }) {
  return page.evaluate(
    async ({ version, tables }) => {
      const req = (r) =>
        new Promise((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const db = await req(indexedDB.open('fieldline'));
      const data = {};
      for (const name of [...db.objectStoreNames])
        data[name] = await req(db.transaction(name).objectStore(name).getAll());
      db.close();
      await req(indexedDB.deleteDatabase('fieldline'));
      const keyPathOf = (spec) => {
        const bare = spec.replace(/^[&*+]+/, '');
        return bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
      };
      const open = indexedDB.open('fieldline', version * 10);
      open.onupgradeneeded = () => {
        for (const [name, schema] of Object.entries(tables)) {
          const [primary, ...indexes] = schema.split(',').map((s) => s.trim());
          const store = open.result.createObjectStore(name, {
            keyPath: keyPathOf(primary) || undefined,
            autoIncrement: primary.startsWith('++'),
          });
          for (const spec of indexes)
            store.createIndex(spec.replace(/^[&*]+/, ''), keyPathOf(spec), {
              unique: spec.startsWith('&'),
              multiEntry: spec.startsWith('*'),
            });
        }
      };
      const fresh = await req(open);
      let written = 0;
      const names = Object.keys(tables).filter((n) => data[n]);
      const tx = fresh.transaction(names, 'readwrite');
      for (const name of names)
        for (const record of data[name]) {
          tx.objectStore(name).put(record);
          written++;
        }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      fresh.close();
      return written;
    },
    { version: previous, tables },
  );
}

/** Navigation start → the live board, reading the open database's version once there. */
export async function openToLiveBoard(page, url, liveSelector) {
  await page.goto(url);
  await page.waitForSelector(liveSelector, { state: 'visible', timeout: 600_000 });
  return page.evaluate(async () => {
    const at = performance.now();
    const dbs = await indexedDB.databases();
    return { at, version: dbs.find((d) => d.name === 'fieldline')?.version ?? null };
  });
}
