import type { MenuItemConstructorOptions } from 'electron';

export interface FollowUpSummaryItem {
  id: string;
  dealId: string | null;
  title: string;
  dueAt: number;
}

export interface FollowUpSummary {
  overdue: number;
  today: FollowUpSummaryItem[];
}

export interface TrayActions {
  openWindow(): void;
  openDeal(dealId: string): void;
  quit(): void;
}

/** At most this many of today's follow-ups are listed; the rest are counted. */
export const MAX_TODAY_ITEMS = 8;
const MAX_TITLE = 60;

function shorten(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim() || 'Follow-up';
  // '&' is a mnemonic marker in menu labels on Windows/Linux.
  const escaped = clean.replace(/&/g, '&&');
  return escaped.length > MAX_TITLE ? `${escaped.slice(0, MAX_TITLE - 1)}…` : escaped;
}

function clock(at: number): string {
  const date = new Date(at);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

export function trayTooltip(summary: FollowUpSummary | null): string {
  if (!summary) return 'Fieldline';
  const parts = [`${summary.overdue} overdue`, `${summary.today.length} due today`];
  return `Fieldline — ${parts.join(', ')}`;
}

/** The tray menu for a summary (null = not loaded yet / store unavailable). */
export function buildTrayMenu(
  summary: FollowUpSummary | null,
  actions: TrayActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  if (!summary) {
    items.push({ label: 'Follow-ups are loading…', enabled: false });
  } else {
    items.push({
      label:
        summary.overdue === 0
          ? 'No overdue follow-ups'
          : `${summary.overdue} overdue follow-up${summary.overdue === 1 ? '' : 's'}`,
      enabled: summary.overdue > 0,
      click: () => actions.openWindow(),
    });
    items.push({ type: 'separator' });
    if (summary.today.length === 0) {
      items.push({ label: 'Nothing due today', enabled: false });
    } else {
      items.push({ label: 'Due today', enabled: false });
      const sorted = [...summary.today].sort((a, b) => a.dueAt - b.dueAt);
      for (const item of sorted.slice(0, MAX_TODAY_ITEMS)) {
        const { dealId } = item;
        items.push({
          id: `follow-up:${item.id}`,
          label: `${clock(item.dueAt)}  ${shorten(item.title)}`,
          click: () => (dealId ? actions.openDeal(dealId) : actions.openWindow()),
        });
      }
      if (sorted.length > MAX_TODAY_ITEMS) {
        items.push({
          label: `…and ${sorted.length - MAX_TODAY_ITEMS} more`,
          click: () => actions.openWindow(),
        });
      }
    }
  }
  items.push({ type: 'separator' });
  items.push({ label: 'Open Fieldline', click: () => actions.openWindow() });
  items.push({ label: 'Quit Fieldline', click: () => actions.quit() });
  return items;
}
