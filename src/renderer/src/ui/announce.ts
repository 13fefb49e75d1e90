type Listener = (message: string) => void;
const listeners = new Set<Listener>();

/** Say something to screen readers through the board's polite live region. */
export function announce(message: string): void {
  for (const listener of listeners) listener(message);
}

export function onAnnounce(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
