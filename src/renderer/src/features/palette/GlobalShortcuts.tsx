import { useEffect } from 'react';
import { useNavigation } from '../../state/navigation';
import { useUiOverlays } from '../../state/uiOverlays';
import { QuickAdd } from '../board/QuickAdd';
import { undoLastMove } from '../board/moveFlow';
import { CommandPalette } from './CommandPalette';
import { ShortcutsOverlay } from './ShortcutsOverlay';

/** True when typing in a field: plain-letter shortcuts stay out of the way. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** App-wide shortcuts (Ctrl/Cmd+N, Ctrl/Cmd+K, ?, /, Ctrl/Cmd+Z) and the overlays they open. */
export function GlobalShortcuts() {
  const overlay = useUiOverlays((s) => s.overlay);
  const close = useUiOverlays((s) => s.close);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const { open, overlay: current } = useUiOverlays.getState();
      if (mod && !event.altKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        open('quick-add');
      } else if (mod && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        open('palette');
      } else if (mod && event.key.toLowerCase() === 'z' && !isTyping(event.target) && !current) {
        event.preventDefault();
        void undoLastMove();
      } else if (!mod && !isTyping(event.target) && !current && event.key === '?') {
        event.preventDefault();
        open('shortcuts');
      } else if (!mod && !isTyping(event.target) && !current && event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('[data-board-search]');
        if (search && useNavigation.getState().view === 'board') {
          event.preventDefault();
          search.focus();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (overlay === 'quick-add') return <QuickAdd onClose={close} />;
  if (overlay === 'palette') return <CommandPalette onClose={close} />;
  if (overlay === 'shortcuts') return <ShortcutsOverlay onClose={close} />;
  return null;
}
