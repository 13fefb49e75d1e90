import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useBoardFilters } from '../state/boardFilters';
import { useDealFlow } from '../state/dealFlow';
import { useNavigation } from '../state/navigation';
import { useUiOverlays } from '../state/uiOverlays';
import { appCommandForKey, appShortcut, paletteCommands, shortcutRows } from './appSurfaces';
import type { AppContext } from './app';
import { dealActions } from '../../../shared/engine';
import type { KeyPress } from './keys';
import { press } from './testing/press';

const undo = vi.hoisted(() => vi.fn(async () => undefined));
const loadSample = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('../flows/stageChange/moveFlow', () => ({ undoLastMove: undo }));
vi.mock('../features/board/actions', () => ({ loadSamplePipeline: loadSample }));

const page: AppContext = { view: 'board', deal: null, typing: false, overlay: null };
/** An open Sales Accepted Lead: every closing action applies. */
const deal = { id: 'd1', title: 'Fleet pilot', actions: dealActions({ status: 'open' }, 'sal') };

beforeEach(() => {
  useUiOverlays.setState({ overlay: null });
  useNavigation.setState({ view: 'board', dealId: null });
  useDealFlow.setState({ dialog: null });
  useBoardFilters.getState().clearFilters();
  undo.mockClear();
  loadSample.mockClear();
});

describe('the shortcuts overlay', () => {
  it('lists every shortcut, in reading order, in the words it always had', () => {
    expect(shortcutRows()).toEqual([
      { keys: 'Ctrl/Cmd + N', what: 'Add a lead (quick add)' },
      { keys: 'Ctrl/Cmd + K', what: 'Command palette: jump to a deal, run an action' },
      { keys: '?', what: 'This list of shortcuts' },
      { keys: '/', what: 'Search the board' },
      { keys: 'Tab / Shift + Tab', what: 'Move between cards and controls' },
      { keys: 'Enter (on a card)', what: 'Open the deal workspace' },
      { keys: 'Space, ← →, Space', what: 'Pick up a card, choose a stage, drop it' },
      { keys: 'Escape', what: 'Cancel a drag, close a dialog or the workspace' },
      { keys: 'Ctrl/Cmd + Z', what: 'Undo the last move' },
      {
        keys: 'c / e / m / n / s (workspace)',
        what: 'Log a call, e-mail, meeting, note or signal; Enter saves',
      },
    ]);
  });
});

describe('the command palette', () => {
  const BASE = [
    ['add-lead', 'Add a lead', 'Ctrl N'],
    ['go-board', 'Go to the pipeline board', undefined],
    ['go-followups', 'Go to follow-ups', undefined],
    ['go-people', 'Go to people', undefined],
    ['go-companies', 'Go to companies', undefined],
    ['go-insights', 'Go to insights', undefined],
    ['go-data', 'Go to your data: import, export, restore', undefined],
    ['go-settings', 'Go to settings', undefined],
    ['undo-move', 'Undo the last move', 'Ctrl Z'],
    ['stale-only', 'Show stale deals only', undefined],
    ['no-next-step', 'Show deals with no next step', undefined],
    ['clear-filters', 'Clear board filters', undefined],
    ['load-sample', 'Load the sample pipeline', undefined],
    ['load-large-sample', 'Load a large sample pipeline (10,000 deals)', undefined],
    ['shortcuts', 'Show keyboard shortcuts', '?'],
  ];
  const rows = (ctx: AppContext) => paletteCommands(ctx).map((c) => [c.id, c.label, c.shortcut]);

  it('offers the app commands, in order, with their keys', () => {
    expect(rows(page)).toEqual(BASE);
    expect(rows({ ...page, view: 'followups' })).toEqual(BASE);
  });

  it('puts the open deal’s commands first, named for it', () => {
    expect(rows({ ...page, deal })).toEqual([
      ['deal-won', 'Mark won: Fleet pilot', undefined],
      ['deal-lost', 'Mark lost: Fleet pilot', undefined],
      ['deal-dq', 'Disqualify: Fleet pilot', undefined],
      ['deal-reject', 'Reject SAL: Fleet pilot', undefined],
      ['deal-close', 'Close the workspace', 'Esc'],
      ...BASE,
    ]);
  });

  it('offers only what the deal’s state allows: a won deal can be reopened, not won again', () => {
    const won = { ...deal, actions: dealActions({ status: 'won' }, 'closed') };
    const ids = rows({ ...page, deal: won }).map(([id]) => id);
    expect(ids.filter((id) => String(id).startsWith('deal-'))).toEqual(['deal-reopen', 'deal-close']);
    const lead = { ...deal, actions: dealActions({ status: 'open' }, 'lead-generation') };
    expect(rows({ ...page, deal: lead }).map(([id]) => id)).not.toContain('deal-reject');
  });

  it('runs what it says', () => {
    const run = (id: string, ctx = page) =>
      paletteCommands(ctx)
        .find((c) => c.id === id)
        ?.run();
    run('deal-lost', { ...page, deal });
    expect(useDealFlow.getState().dialog).toEqual({
      kind: 'close',
      dealId: 'd1',
      title: 'Fleet pilot',
      outcome: 'lost',
    });
    run('deal-reject', { ...page, deal });
    expect(useDealFlow.getState().dialog).toEqual({
      kind: 'exit',
      dealId: 'd1',
      title: 'Fleet pilot',
      mode: 'reject-sal',
    });
    useNavigation.setState({ dealId: 'd1' });
    run('go-insights', { ...page, deal });
    expect(useNavigation.getState()).toMatchObject({ view: 'insights', dealId: null });
    run('stale-only');
    expect(useBoardFilters.getState().filters.staleOnly).toBe(true);
    run('load-large-sample');
    expect(loadSample).toHaveBeenCalledWith(10_000);
    run('undo-move');
    expect(undo).toHaveBeenCalledTimes(1);
    run('add-lead');
    expect(useUiOverlays.getState().overlay).toBe('quick-add');
  });
});

describe('app-wide keys', () => {
  const idFor = (p: KeyPress, ctx: Partial<AppContext> = {}) =>
    appCommandForKey(p, { ...page, ...ctx })?.id ?? null;

  it('opens quick add and the palette from anywhere, even while typing or in an overlay', () => {
    for (const ctx of [{}, { typing: true }, { overlay: 'quick-add' as const }]) {
      expect(idFor(press('n', { ctrlKey: true }), ctx)).toBe('add-lead');
      expect(idFor(press('k', { metaKey: true }), ctx)).toBe('palette');
    }
  });

  it('keeps undo, ? and / out of text fields and overlays', () => {
    expect(idFor(press('z', { ctrlKey: true }))).toBe('undo-move');
    expect(idFor(press('?', { shiftKey: true }))).toBe('shortcuts');
    expect(idFor(press('/'))).toBe('search-board');
    for (const ctx of [{ typing: true }, { overlay: 'palette' as const }]) {
      expect(idFor(press('z', { ctrlKey: true }), ctx)).toBeNull();
      expect(idFor(press('?'), ctx)).toBeNull();
      expect(idFor(press('/'), ctx)).toBeNull();
    }
  });

  it('searches with / on the board only', () => {
    expect(idFor(press('/'), { view: 'followups' })).toBeNull();
  });

  it('leaves keys handled where they apply (Escape, Enter, activity letters) to their views', () => {
    for (const key of ['Escape', 'Enter', 'Tab', 'c', 'n', ' '])
      expect(idFor(press(key), { deal })).toBeNull();
  });

  it('gives tooltips and key caps the same keys', () => {
    expect(appShortcut('palette', 'title')).toBe('Ctrl+K');
    expect(appShortcut('palette', 'short')).toBe('Ctrl K');
    expect(appShortcut('add-lead', 'title')).toBe('Ctrl+N');
  });
});
