import type { BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';

/** The three kinds of window Fieldline ever creates. */
export type WindowSpec =
  | { kind: 'ui'; preload: string; icon?: string; devTools: boolean }
  | { kind: 'store-host'; preload: string; devTools: boolean }
  | { kind: 'pdf'; session: Session };

/** The non-negotiable part of every window's webPreferences. */
export const SECURE_WEB_PREFERENCES = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

/** BrowserWindow options for a spec: secure preferences first, kind-specific bits added. */
export function windowOptions(spec: WindowSpec): BrowserWindowConstructorOptions {
  switch (spec.kind) {
    case 'ui':
      return {
        width: 1280,
        height: 820,
        minWidth: 880,
        minHeight: 560,
        show: false,
        title: 'Fieldline',
        backgroundColor: '#f6f7f9',
        ...(spec.icon ? { icon: spec.icon } : {}),
        // Spellcheck off: Chromium's dictionaries are downloaded on demand, and the app makes no request.
        webPreferences: {
          ...SECURE_WEB_PREFERENCES,
          preload: spec.preload,
          spellcheck: false,
          devTools: spec.devTools,
        },
      };
    case 'store-host':
      return {
        show: false,
        width: 400,
        height: 300,
        title: 'Fieldline store',
        skipTaskbar: true,
        webPreferences: {
          ...SECURE_WEB_PREFERENCES,
          preload: spec.preload,
          spellcheck: false,
          devTools: spec.devTools,
          // The store must keep working while every UI window is hidden in the tray.
          backgroundThrottling: false,
        },
      };
    case 'pdf':
      return {
        show: false,
        width: 794,
        height: 1123,
        title: 'Fieldline PDF',
        skipTaskbar: true,
        webPreferences: {
          ...SECURE_WEB_PREFERENCES,
          javascript: false,
          session: spec.session,
          spellcheck: false,
          devTools: false,
          images: true,
        },
      };
  }
}
