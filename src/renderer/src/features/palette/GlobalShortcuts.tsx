import { useEffect } from 'react';
import { appCommandForKey } from '../../commands/appSurfaces';
import { isTyping } from '../../commands/keys';
import { useNavigation } from '../../state/navigation';
import { useUiOverlays } from '../../state/uiOverlays';
import { QuickAdd } from '../../flows/quickAdd/QuickAdd';
import { CommandPalette } from './CommandPalette';
import { ShortcutsOverlay } from './ShortcutsOverlay';

/** The app-wide keys of the command registry (commands/app.ts) and the overlays they open. */
export function GlobalShortcuts() {
  const overlay = useUiOverlays((s) => s.overlay);
  const close = useUiOverlays((s) => s.close);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctx = {
        view: useNavigation.getState().view,
        deal: null, // no app-wide key acts on the open deal (the workspace handles its own keys)
        typing: isTyping(event.target),
        overlay: useUiOverlays.getState().overlay,
      };
      const command = appCommandForKey(event, ctx);
      if (!command) return;
      event.preventDefault();
      command.run?.(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (overlay === 'quick-add') return <QuickAdd onClose={() => close('quick-add')} />;
  if (overlay === 'palette') return <CommandPalette onClose={() => close('palette')} />;
  if (overlay === 'shortcuts') return <ShortcutsOverlay onClose={() => close('shortcuts')} />;
  return null;
}
