import { create } from 'zustand';

export type Overlay = 'quick-add' | 'palette' | 'shortcuts' | null;

interface UiOverlaysState {
  /** The one global overlay open now (quick add, command palette, shortcuts help). */
  overlay: Overlay;
  open(overlay: Exclude<Overlay, null>): void;
  /**
   * Close `which` (only if it is still the one open: a quick add finishing its save must not
   * close the palette the rep opened meanwhile), or whatever is open.
   */
  close(which?: Exclude<Overlay, null>): void;
}

export const useUiOverlays = create<UiOverlaysState>((set) => ({
  overlay: null,
  open: (overlay) => set({ overlay }),
  close: (which) => set((s) => (which && s.overlay !== which ? s : { overlay: null })),
}));
