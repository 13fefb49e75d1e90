/**
 * An Origin Private File System in memory, for the browser journal sink (opfsSink.ts) in Node:
 * the directory, file and synchronous access handles it uses. The files outlive a "process"
 * (`fakeOpfs().process()`), and a process can be killed in the middle of a write: the write
 * lands only in part and every later operation of that process fails, as after a SIGKILL.
 */
type Files = Map<string, Uint8Array>;

interface KillSwitch {
  /** Kill the process during its next write to a file whose name matches, after half the bytes. */
  armed: ((name: string) => boolean) | null;
  dead: boolean;
}

const notFound = (name: string) => Object.assign(new Error(`${name} not found`), { name: 'NotFoundError' });

function processOn(files: Files, canRename: boolean) {
  const kill: KillSwitch = { armed: null, dead: false };
  /** Every call on a synchronous access handle, in order (each is a call into the browser's file system). */
  const calls: string[] = [];
  const alive = (call?: string) => {
    if (call) calls.push(call);
    if (kill.dead) throw new Error('the process was killed');
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
          arrayBuffer: async () => bytes.slice().buffer,
          slice: (from: number, to: number) => ({
            text: async () => new TextDecoder().decode(bytes.slice(from, to)),
            arrayBuffer: async () => bytes.slice(from, to).buffer,
          }),
        };
      },
      async createSyncAccessHandle() {
        alive();
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
            files.set(name, next);
            if (cut < bytes.length) {
              kill.dead = true;
              alive();
            }
            return cut;
          },
          truncate(size: number) {
            alive('truncate');
            files.set(name, (files.get(name) ?? new Uint8Array(0)).slice(0, size));
          },
          flush: () => alive('flush'),
          close() {},
        };
      },
      ...(canRename
        ? {
            async move(to: string) {
              alive();
              const bytes = files.get(name);
              if (!bytes) throw notFound(name);
              files.delete(name);
              files.set(to, bytes);
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
        files.set(name, new Uint8Array(0));
      }
      return fileHandle(name);
    },
    async removeEntry(name: string) {
      alive();
      if (!files.delete(name)) throw notFound(name);
    },
    async *entries() {
      alive();
      for (const name of [...files.keys()]) yield [name, fileHandle(name)] as const;
    },
  };
  const root = { getDirectoryHandle: async () => (alive(), dir) };
  return { kill, calls, storage: { getDirectory: async () => root } };
}

/** Files that survive processes; `process()` is a new one (a relaunch) on the same files. */
export function fakeOpfs({ canRename = true } = {}) {
  const files: Files = new Map();
  return { files, process: () => processOn(files, canRename) };
}
