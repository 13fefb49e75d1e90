/** A tiny event hub for in-app toasts (shown by the app shell). */
export interface Toast {
  id: number;
  title: string;
  body: string;
  dealId: string | null;
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
