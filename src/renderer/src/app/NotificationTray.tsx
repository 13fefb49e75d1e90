import { useLayoutEffect, useRef } from 'react';
import { ReminderSummaryBanner } from '../flows/reminders/ReminderSummaryBanner';
import { FollowUpPrompt } from '../flows/stageChange/FollowUpPrompt';
import { UndoBar } from '../flows/stageChange/UndoBar';
import { Toasts } from '../ui/Toasts';

/**
 * The one notification area: the missed reminders' summary, the last move's Undo, the proposed
 * next step and the toasts, stacked at the bottom of the window in the page's flow. It takes its
 * own space (the views and the workspace end above it, through `--tray-height`), so it never
 * covers a button; and what arrives in it shortens the view from below instead of pushing the
 * board down under the rep's pointer.
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
      <ReminderSummaryBanner />
      <UndoBar />
      <FollowUpPrompt />
      <Toasts />
    </section>
  );
}
