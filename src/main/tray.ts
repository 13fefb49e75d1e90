import type { MenuItemConstructorOptions } from 'electron';
import { buildTrayMenu, trayTooltip } from './trayMenu';
import type { FollowUpSummary, TrayActions } from './trayMenu';

/** What the controller needs of Electron's Tray (a fake in tests). */
export interface TrayLike {
  setContextMenu(template: MenuItemConstructorOptions[]): void;
  setToolTip(text: string): void;
  onClick(listener: () => void): void;
  destroy(): void;
}

export interface TrayDeps extends TrayActions {
  tray: TrayLike;
  getSummary(): Promise<FollowUpSummary>;
  /** Subscribes to store changes; returns an unsubscribe function. */
  onStoreChanged(listener: () => void): () => void;
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  log?(message: string): void;
}

export interface TrayController {
  refresh(): Promise<void>;
  stop(): void;
}

export const TRAY_TICK_MS = 60_000;

/**
 * Keeps the tray menu current: overdue count and today's follow-ups, refreshed on every
 * store change and once a minute. A failed refresh keeps the last good menu.
 */
export function startTray(deps: TrayDeps): TrayController {
  const actions: TrayActions = { openWindow: deps.openWindow, openDeal: deps.openDeal, quit: deps.quit };
  let last: FollowUpSummary | null = null;
  let stopped = false;
  let inFlight: Promise<void> | null = null;
  let again = false;

  const render = () => {
    deps.tray.setContextMenu(buildTrayMenu(last, actions));
    deps.tray.setToolTip(trayTooltip(last));
  };

  const load = async (): Promise<void> => {
    do {
      again = false;
      try {
        last = await deps.getSummary();
      } catch (error) {
        if (!stopped) deps.log?.(`tray: could not load follow-ups: ${String(error)}`);
      }
      if (!stopped) render();
    } while (again && !stopped);
  };

  // Coalesces bursts of change events into at most one extra reload.
  const refresh = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = load().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };

  render();
  deps.tray.onClick(() => deps.openWindow());
  const unsubscribe = deps.onStoreChanged(() => void refresh());
  const tick = deps.setInterval(() => void refresh(), TRAY_TICK_MS);
  void refresh();

  return {
    refresh,
    stop() {
      stopped = true;
      unsubscribe();
      deps.clearInterval(tick);
      deps.tray.destroy();
    },
  };
}
