/**
 * An Origin Private File System in memory, for the browser journal sink (opfsSink.ts) in Node:
 * the directory, file and synchronous access handles it uses. The files outlive a "process"
 * (`fakeOpfs().process()`), and a process can be killed in the middle of a write: the write
 * lands only in part and every later operation of that process fails, as after a SIGKILL.
 * As in Chromium, an open access handle locks its file: no second handle, no removal, until it
 * is closed or its process ends (`end()`, a closed tab) or is killed. Each file has the time
 * (`Date.now()`) it was created or last written, as `File.lastModified`.
 */
type Files = Map<string, Uint8Array>;

/** Shared by every process on the files: which files are locked, and when each was last written. */
interface FileState {
  locked: Set<string>;
  modified: Map<string, number>;
}

const noModification = (name: string) =>
  Object.assign(new Error(`${name} is locked by an open access handle`), {
    name: 'NoModificationAllowedError',
  });

interface KillSwitch {
  /** Kill the process during its next write to a file whose name matches, after half the bytes. */
  armed: ((name: string) => boolean) | null;
  dead: boolean;
}

const notFound = (name: string) => Object.assign(new Error(`${name} not found`), { name: 'NotFoundError' });

function processOn(files: Files, state: FileState, canRename: boolean) {
  const kill: KillSwitch = { armed: null, dead: false };
  /** The files this process holds locked (released when it ends or dies). */
  const mine = new Set<string>();
  const release = () => {
    mine.forEach((name) => state.locked.delete(name));
    mine.clear();
  };
  /** Every call on a synchronous access handle, in order (each is a call into the browser's file system). */
  const calls: string[] = [];
  const alive = (call?: string) => {
    if (call) calls.push(call);
    if (kill.dead) {
      release();
      throw new Error('the process was killed');
    }
  };
  const touch = (name: string, bytes: Uint8Array) => {
    files.set(name, bytes);
    state.modified.set(name, Date.now());
  };
  const fileHandle = (name: string) => {
    const handle = {
      kind: 'file' as const,
      name,
      async getFile() {
        alive();
        const bytes = files.get(name);
        if (!bytes) throw notFound(name);
        return {
          size: bytes.length,
          lastModified: state.modified.get(name) ?? 0,
          arrayBuffer: async () => bytes.slice().buffer,
          slice: (from: number, to: number) => ({
            text: async () => new TextDecoder().decode(bytes.slice(from, to)),
            arrayBuffer: async () => bytes.slice(from, to).buffer,
          }),
        };
      },
      async createSyncAccessHandle() {
        alive();
        if (state.locked.has(name)) throw noModification(name);
        state.locked.add(name);
        mine.add(name);
        return {
          getSize: () => (alive('getSize'), files.get(name)?.length ?? 0),
          read(into: Uint8Array, options?: { at: number }) {
            alive('read');
            const from = (files.get(name) ?? new Uint8Array(0)).subarray(options?.at ?? 0);
            const count = Math.min(into.length, from.length);
            into.set(from.subarray(0, count));
            return count;
          },
          write(bytes: Uint8Array, options?: { at: number }) {
            alive('write');
            const at = options?.at ?? 0;
            const cut = kill.armed?.(name) ? Math.floor(bytes.length / 2) : bytes.length;
            const old = files.get(name) ?? new Uint8Array(0);
            const next = new Uint8Array(Math.max(old.length, at + cut));
            next.set(old);
            next.set(bytes.subarray(0, cut), at);
            touch(name, next);
            if (cut < bytes.length) {
              kill.dead = true;
              alive();
            }
            return cut;
          },
          truncate(size: number) {
            alive('truncate');
            touch(name, (files.get(name) ?? new Uint8Array(0)).slice(0, size));
          },
          flush: () => alive('flush'),
          close() {
            state.locked.delete(name);
            mine.delete(name);
          },
        };
      },
      ...(canRename
        ? {
            async move(to: string) {
              alive();
              const bytes = files.get(name);
              if (!bytes) throw notFound(name);
              files.delete(name);
              touch(to, bytes);
            },
          }
        : {}),
    };
    return handle;
  };
  const dir = {
    kind: 'directory' as const,
    name: 'fieldline-journal',
    async getFileHandle(name: string, options?: { create?: boolean }) {
      alive();
      if (!files.has(name)) {
        if (!options?.create) throw notFound(name);
        touch(name, new Uint8Array(0));
      }
      return fileHandle(name);
    },
    async removeEntry(name: string) {
      alive();
      if (state.locked.has(name)) throw noModification(name);
      if (!files.delete(name)) throw notFound(name);
    },
    async *entries() {
      alive();
      for (const name of [...files.keys()]) yield [name, fileHandle(name)] as const;
    },
  };
  const root = { getDirectoryHandle: async () => (alive(), dir) };
  /** The process ends (its tab closed): its access handles close. */
  const end = release;
  return { kill, end, calls, storage: { getDirectory: async () => root } };
}

/** Files that survive processes; `process()` is a new one (a relaunch) on the same files. */
export function fakeOpfs({ canRename = true } = {}) {
  const files: Files = new Map();
  const state: FileState = { locked: new Set(), modified: new Map() };
  return { files, process: () => processOn(files, state, canRename) };
}
