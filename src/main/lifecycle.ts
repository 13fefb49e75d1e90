import { app } from 'electron';

export interface Lifecycle {
  isQuitting(): boolean;
  /** Explicit quit (tray "Quit", menu): windows really close instead of hiding. */
  quit(): void;
}

export interface LifecycleHandlers {
  showMainWindow(): void;
  /** Stops every subsystem; may take a last backup. Runs once, at `before-quit`. */
  shutdown(): Promise<void> | void;
  /** The longest the app waits for `shutdown` before it quits anyway. */
  shutdownLimitMs?: number;
  log?(message: string): void;
}

/**
 * Takes the single-instance lock. Returns false when another Fieldline already runs: that
 * instance is told (its 'second-instance' handler focuses its window) and this one quits.
 */
export function claimSingleInstance(onSecondInstance: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => onSecondInstance());
  return true;
}

/**
 * App-wide lifecycle: the app keeps running in the tray when every window is closed;
 * re-activating (dock click on macOS) shows the window. Quitting stops the subsystems at
 * `before-quit` — before any window closes, so nothing restarts the store host as it goes —
 * waits for them (bounded), then quits for real. A Windows logoff or shutdown (the window's
 * `session-end`, see mainWindow.ts) calls `quit()` and so goes the same way.
 */
export function installLifecycle(handlers: LifecycleHandlers): Lifecycle {
  const limit = handlers.shutdownLimitMs ?? 5_000;
  let quitting = false;
  let phase: 'running' | 'stopping' | 'stopped' = 'running';

  const stopThenQuit = async () => {
    phase = 'stopping';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        handlers.log?.(`shutdown took longer than ${limit} ms; quitting anyway`);
        resolve();
      }, limit);
    });
    try {
      await Promise.race([Promise.resolve().then(handlers.shutdown), timeout]);
    } catch (error) {
      handlers.log?.(`shutdown failed: ${String(error)}`);
    } finally {
      clearTimeout(timer);
      phase = 'stopped';
      app.quit();
    }
  };

  app.on('before-quit', (event) => {
    quitting = true;
    if (phase === 'stopped') return;
    event.preventDefault();
    if (phase === 'running') void stopThenQuit();
  });
  app.on('window-all-closed', () => {
    // Stay alive in the tray so follow-up reminders keep firing.
  });
  app.on('activate', () => handlers.showMainWindow());
  return {
    isQuitting: () => quitting,
    quit() {
      quitting = true;
      app.quit();
    },
  };
}
