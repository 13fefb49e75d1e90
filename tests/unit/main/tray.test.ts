import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { startTray, TRAY_TICK_MS } from '../../../src/main/tray';
import type { TrayLike } from '../../../src/main/tray';
import { buildTrayMenu, MAX_TODAY_ITEMS, trayTooltip } from '../../../src/main/trayMenu';
import type { FollowUpSummary } from '../../../src/main/trayMenu';

const at = (h: number, m: number) => new Date(2024, 4, 6, h, m).getTime();

const summary: FollowUpSummary = {
  overdue: 2,
  today: [
    { id: 'f2', dealId: null, title: 'Email · Contact only', dueAt: at(15, 0) },
    { id: 'f1', dealId: 'deal-1', title: 'Call · Acme & Sons renewal', dueAt: at(9, 30) },
  ],
};

function actions() {
  return { openWindow: vi.fn(), openDeal: vi.fn(), quit: vi.fn() };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();
const labels = (menu: MenuItemConstructorOptions[]) => menu.filter((i) => i.label).map((i) => i.label);

describe('buildTrayMenu', () => {
  it("shows the overdue count, today's follow-ups in time order, Open and Quit", () => {
    const menu = buildTrayMenu(summary, actions());
    expect(labels(menu)).toEqual([
      '2 overdue follow-ups',
      'Due today',
      '09:30  Call · Acme && Sons renewal',
      '15:00  Email · Contact only',
      'Open Fieldline',
      'Quit Fieldline',
    ]);
  });

  it('opens the deal of a follow-up, the window for one without a deal, and quits explicitly', () => {
    const a = actions();
    const menu = buildTrayMenu(summary, a);
    click(menu.find((i) => i.id === 'follow-up:f1'));
    expect(a.openDeal).toHaveBeenCalledWith('deal-1');
    click(menu.find((i) => i.id === 'follow-up:f2'));
    expect(a.openWindow).toHaveBeenCalledTimes(1);
    click(menu.find((i) => i.label === 'Quit Fieldline'));
    expect(a.quit).toHaveBeenCalledTimes(1);
    click(menu.find((i) => i.label === 'Open Fieldline'));
    expect(a.openWindow).toHaveBeenCalledTimes(2);
  });

  it('lists at most a handful and counts the rest', () => {
    const many: FollowUpSummary = {
      overdue: 0,
      today: Array.from({ length: MAX_TODAY_ITEMS + 3 }, (_, i) => ({
        id: `f${i}`,
        dealId: `d${i}`,
        title: `T${i}`,
        dueAt: at(8, i),
      })),
    };
    const menu = buildTrayMenu(many, actions());
    expect(menu.filter((i) => i.id?.startsWith('follow-up:'))).toHaveLength(MAX_TODAY_ITEMS);
    expect(labels(menu)).toContain('…and 3 more');
    expect(labels(menu)[0]).toBe('No overdue follow-ups');
  });

  it('says so when nothing is loaded or nothing is due', () => {
    expect(labels(buildTrayMenu(null, actions()))).toEqual([
      'Follow-ups are loading…',
      'Open Fieldline',
      'Quit Fieldline',
    ]);
    expect(labels(buildTrayMenu({ overdue: 1, today: [] }, actions()))).toEqual([
      '1 overdue follow-up',
      'Nothing due today',
      'Open Fieldline',
      'Quit Fieldline',
    ]);
    expect(trayTooltip(summary)).toBe('Fieldline — 2 overdue, 2 due today');
    expect(trayTooltip(null)).toBe('Fieldline');
  });
});

function trayWorld(getSummary: () => Promise<FollowUpSummary>) {
  const menus: MenuItemConstructorOptions[][] = [];
  const tray: TrayLike & { destroyed: boolean; clicked?: () => void } = {
    destroyed: false,
    setContextMenu: (template) => void menus.push(template),
    setToolTip: vi.fn(),
    onClick: (listener) => void (tray.clicked = listener),
    destroy: () => void (tray.destroyed = true),
  };
  let changed: (() => void) | undefined;
  let tick: (() => void) | undefined;
  const a = actions();
  const controller = startTray({
    ...a,
    tray,
    getSummary: vi.fn(getSummary),
    onStoreChanged: (listener) => {
      changed = listener;
      return () => (changed = undefined);
    },
    setInterval: (fn, ms) => {
      expect(ms).toBe(TRAY_TICK_MS);
      tick = fn;
      return 1;
    },
    clearInterval: () => (tick = undefined),
    log: () => undefined,
  });
  return {
    controller,
    menus,
    tray,
    actions: a,
    change: () => changed?.(),
    tick: () => tick?.(),
    hasListeners: () => !!changed || !!tick,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('startTray', () => {
  it('refreshes on start, on store changes and on the minute tick', async () => {
    let overdue = 0;
    const world = trayWorld(async () => ({ overdue: ++overdue, today: [] }));
    await settle();
    expect(labels(world.menus.at(-1) ?? [])[0]).toBe('1 overdue follow-up');
    world.change();
    await settle();
    expect(labels(world.menus.at(-1) ?? [])[0]).toBe('2 overdue follow-ups');
    world.tick();
    await settle();
    expect(labels(world.menus.at(-1) ?? [])[0]).toBe('3 overdue follow-ups');
  });

  it('keeps the last good menu when the store is unavailable', async () => {
    let fail = false;
    const world = trayWorld(async () => {
      if (fail) throw new Error('store restarting');
      return summary;
    });
    await settle();
    fail = true;
    world.change();
    await settle();
    expect(labels(world.menus.at(-1) ?? [])[0]).toBe('2 overdue follow-ups');
  });

  it('opens the window on a tray click and stops cleanly', async () => {
    const world = trayWorld(async () => summary);
    await settle();
    world.tray.clicked?.();
    expect(world.actions.openWindow).toHaveBeenCalled();
    world.controller.stop();
    expect(world.tray.destroyed).toBe(true);
    expect(world.hasListeners()).toBe(false);
  });
});
