import { app } from 'electron';

export interface Lifecycle {
  isQuitting(): boolean;
  /** Explicit quit (tray "Quit"): windows really close instead of hiding. */
  quit(): void;
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
 * re-activating (dock click on macOS) shows the window; on quit `shutdown` runs once.
 */
export function installLifecycle(handlers: { showMainWindow(): void; shutdown(): void }): Lifecycle {
  let quitting = false;
  let shutDown = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    // Stay alive in the tray so follow-up reminders keep firing.
  });
  app.on('activate', () => handlers.showMainWindow());
  app.on('will-quit', () => {
    if (shutDown) return;
    shutDown = true;
    handlers.shutdown();
  });
  return {
    isQuitting: () => quitting,
    quit() {
      quitting = true;
      app.quit();
    },
  };
}
