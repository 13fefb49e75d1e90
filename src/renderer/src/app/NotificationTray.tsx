import { useLayoutEffect, useRef } from 'react';
import { FollowUpPrompt } from '../flows/stageChange/FollowUpPrompt';
import { UndoBar } from '../flows/stageChange/UndoBar';
import { Toasts } from '../ui/Toasts';

/**
 * The one notification area: the last move's Undo, the proposed next step and the toasts,
 * stacked at the bottom of the window in the page's flow. It takes its own space (the views
 * and the workspace end above it, through `--tray-height`), so it never covers a button.
 */
export function NotificationTray() {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const tray = ref.current;
    if (!tray) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--tray-height', `${tray.offsetHeight}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(tray);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--tray-height');
    };
  }, []);
  return (
    <section ref={ref} className="tray" aria-label="Notifications">
      <UndoBar />
      <FollowUpPrompt />
      <Toasts />
    </section>
  );
}
