import { create } from 'zustand';

export type Overlay = 'quick-add' | 'palette' | 'shortcuts' | null;

interface UiOverlaysState {
  /** The one global overlay open now (quick add, command palette, shortcuts help). */
  overlay: Overlay;
  open(overlay: Exclude<Overlay, null>): void;
  close(): void;
}

export const useUiOverlays = create<UiOverlaysState>((set) => ({
  overlay: null,
  open: (overlay) => set({ overlay }),
  close: () => set({ overlay: null }),
}));
