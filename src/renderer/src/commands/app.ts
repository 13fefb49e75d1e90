import { useBoardFilters } from '../state/boardFilters';
import { useDealFlow } from '../state/dealFlow';
import { useNavigation, type View } from '../state/navigation';
import { useUiOverlays, type Overlay } from '../state/uiOverlays';
import { loadSamplePipeline } from '../features/board/actions';
import { undoLastMove } from '../flows/stageChange/moveFlow';
import { ACTIVITY_KEYS } from '../features/deal/LogActivity';
import type { Command } from './registry';
import type { DealAction } from '../../../shared/engine';

/** What app-wide commands read: the page behind any overlay. */
export interface AppContext {
  view: View;
  /** The deal open in the workspace, once it is known, with what its state allows (engine). */
  deal: { id: string; title: string; actions: readonly DealAction[] } | null;
  /** Focus is in a text field. */
  typing: boolean;
  /** The global overlay open (quick add, palette, shortcuts), if any. */
  overlay: Overlay;
}

export interface AppCommand extends Command<AppContext> {
  /** The shortcuts overlay's wording, where it differs from the label. */
  help?: string;
  /** Where the keys apply, in the overlay's words (`Enter (on a card)`). */
  where?: string;
  /** The overlay's keys, for a sequence chords cannot say (a keyboard drag). */
  keysText?: string;
  /** Its keys are handled where they apply (the workspace, a dialog, the board): not bound app-wide. */
  local?: true;
  /** Keys only: not offered in the command palette. */
  palette?: false;
}

/** Plain keys stay out of text fields and overlays. */
const calm = (ctx: AppContext) => !ctx.typing && !ctx.overlay;
const dealOpen = (ctx: AppContext) => ctx.deal !== null;

const go = (view: View) => () => {
  useNavigation.getState().openDeal(null);
  useNavigation.getState().go(view);
};

/** The closing dialogs the palette offers for the open deal. */
type DealDialog =
  { kind: 'close'; outcome: 'won' | 'lost' } | { kind: 'exit'; mode: 'disqualify' | 'reject-sal' | 'reopen' };

function dealCommand(id: string, verb: string, action: DealAction, dialog: DealDialog): AppCommand {
  return {
    id,
    label: ({ deal }) => `${verb}: ${deal?.title ?? ''}`,
    // Offered only when the deal's state allows it: no "Mark won" on a won deal.
    when: ({ deal }) => deal?.actions.includes(action) ?? false,
    run: ({ deal }) =>
      deal && useDealFlow.getState().showDialog({ ...dialog, dealId: deal.id, title: deal.title }),
  };
}

/** Every app-wide command, in palette order (the open deal's first). */
export const APP_COMMANDS: readonly AppCommand[] = [
  dealCommand('deal-won', 'Mark won', 'won', { kind: 'close', outcome: 'won' }),
  dealCommand('deal-lost', 'Mark lost', 'lost', { kind: 'close', outcome: 'lost' }),
  dealCommand('deal-dq', 'Disqualify', 'disqualify', { kind: 'exit', mode: 'disqualify' }),
  dealCommand('deal-reject', 'Reject SAL', 'reject-sal', { kind: 'exit', mode: 'reject-sal' }),
  dealCommand('deal-reopen', 'Reopen', 'reopen', { kind: 'exit', mode: 'reopen' }),
  {
    id: 'deal-close',
    label: 'Close the workspace',
    help: 'Cancel a drag, close a dialog or the workspace',
    keys: ['Escape'],
    local: true,
    when: dealOpen,
    run: () => useNavigation.getState().openDeal(null),
  },
  {
    id: 'add-lead',
    label: 'Add a lead',
    help: 'Add a lead (quick add)',
    keys: ['Mod+N'],
    run: () => useUiOverlays.getState().open('quick-add'),
  },
  { id: 'go-board', label: 'Go to the pipeline board', run: go('board') },
  { id: 'go-followups', label: 'Go to follow-ups', run: go('followups') },
  { id: 'go-people', label: 'Go to people', run: go('people') },
  { id: 'go-companies', label: 'Go to companies', run: go('companies') },
  { id: 'go-insights', label: 'Go to insights', run: go('insights') },
  { id: 'go-data', label: 'Go to your data: import, export, restore', run: go('data') },
  { id: 'go-settings', label: 'Go to settings', run: go('settings') },
  {
    id: 'undo-move',
    label: 'Undo the last move',
    keys: ['Mod+Z'],
    when: calm,
    run: () => void undoLastMove(),
  },
  {
    id: 'stale-only',
    label: 'Show stale deals only',
    run: () => useBoardFilters.getState().setFilters({ staleOnly: true }),
  },
  {
    id: 'no-next-step',
    label: 'Show deals with no next step',
    run: () => useBoardFilters.getState().setFilters({ noNextStep: true }),
  },
  { id: 'clear-filters', label: 'Clear board filters', run: () => useBoardFilters.getState().clearFilters() },
  { id: 'load-sample', label: 'Load the sample pipeline', run: () => void loadSamplePipeline() },
  {
    id: 'load-large-sample',
    label: 'Load a large sample pipeline (10,000 deals)',
    run: () => void loadSamplePipeline(10_000),
  },
  {
    id: 'shortcuts',
    label: 'Show keyboard shortcuts',
    help: 'This list of shortcuts',
    keys: ['?'],
    when: calm,
    run: () => useUiOverlays.getState().open('shortcuts'),
  },
  {
    id: 'palette',
    label: 'Command palette: jump to a deal, run an action',
    keys: ['Mod+K'],
    palette: false,
    run: () => useUiOverlays.getState().open('palette'),
  },
  {
    id: 'search-board',
    label: 'Search the board',
    keys: ['/'],
    palette: false,
    when: (ctx) => calm(ctx) && ctx.view === 'board',
    run: () => document.querySelector<HTMLInputElement>('[data-board-search]')?.focus(),
  },
  { id: 'move-focus', label: 'Move between cards and controls', keys: ['Tab', 'Shift+Tab'], local: true },
  { id: 'open-card', label: 'Open the deal workspace', keys: ['Enter'], where: 'on a card', local: true },
  {
    id: 'drag-card',
    label: 'Pick up a card, choose a stage, drop it',
    keysText: 'Space, ← →, Space',
    local: true,
  },
  {
    id: 'log-activity',
    label: 'Log a call, e-mail, meeting, note or signal; Enter saves',
    keys: Object.keys(ACTIVITY_KEYS),
    where: 'workspace',
    local: true,
  },
];
