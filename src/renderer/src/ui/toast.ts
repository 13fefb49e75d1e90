/** A tiny event hub for in-app toasts (shown by the app shell). */
export interface ToastAction {
  label: string;
  run(): void;
}

export interface Toast {
  id: number;
  title: string;
  body: string;
  dealId: string | null;
  /** Extra buttons (e.g. a reminder's Done / Snooze 1 h); clicking one dismisses the toast. */
  actions?: ToastAction[];
  /** Stays until the rep acts on it or dismisses it (reminders), instead of fading after a few seconds. */
  persistent?: boolean;
}

type Listener = (toast: Toast) => void;
const listeners = new Set<Listener>();
let nextId = 1;

export function showToast(toast: Omit<Toast, 'id'>): void {
  const full = { ...toast, id: nextId++ };
  for (const listener of listeners) listener(full);
}

export function onToast(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
