/**
 * Runs a built main bundle (out/main/index.js, or a packaged copy of it) in this Node process
 * with the strict stand-in as its `electron` module — as Electron would run it, minus Chromium.
 */
import Module from 'node:module';
import { createStrictElectron, type StandInOptions, type StrictElectron } from './strictElectron';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader; _cache: Record<string, unknown> };

export interface Launched extends StrictElectron {
  /** Undo the process-wide hooks this launch installed (listeners, the require hook). */
  dispose(): void;
}

export function launchBundle(bundle: string, options: StandInOptions): Launched {
  const electron = createStrictElectron(options);
  const originalLoad = moduleWithLoad._load;
  const listenersBefore = {
    uncaughtException: process.listeners('uncaughtException'),
    unhandledRejection: process.listeners('unhandledRejection'),
  };
  const resourcesBefore = (process as { resourcesPath?: string }).resourcesPath;
  if (options.resourcesPath) (process as { resourcesPath?: string }).resourcesPath = options.resourcesPath;
  moduleWithLoad._load = function load(request, parent, isMain) {
    if (request === 'electron') return electron.module;
    return originalLoad.call(this, request, parent, isMain);
  };
  for (const key of Object.keys(moduleWithLoad._cache)) if (key === bundle) delete moduleWithLoad._cache[key];
  Module.createRequire(bundle)(bundle);
  return {
    ...electron,
    dispose() {
      moduleWithLoad._load = originalLoad;
      for (const listener of process.listeners('uncaughtException')) {
        if (!listenersBefore.uncaughtException.includes(listener))
          process.removeListener('uncaughtException', listener);
      }
      for (const listener of process.listeners('unhandledRejection')) {
        if (!listenersBefore.unhandledRejection.includes(listener))
          process.removeListener('unhandledRejection', listener);
      }
      (process as { resourcesPath?: string }).resourcesPath = resourcesBefore;
      delete moduleWithLoad._cache[bundle];
    },
  };
}
