import { useBoardFilters } from '../../state/boardFilters';
import { useDealFlow } from '../../state/dealFlow';
import { useNavigation, type View } from '../../state/navigation';
import { useUiOverlays } from '../../state/uiOverlays';
import { loadSamplePipeline } from '../board/actions';
import { undoLastMove } from '../board/moveFlow';

export interface Command {
  id: string;
  label: string;
  shortcut?: string;
  run(): void;
}

const go = (view: View) => () => {
  useNavigation.getState().openDeal(null);
  useNavigation.getState().go(view);
};

function dealCommands(dealId: string, title: string): Command[] {
  const flow = useDealFlow.getState();
  return [
    {
      id: 'deal-won',
      label: `Mark won: ${title}`,
      run: () => flow.showDialog({ kind: 'close', dealId, title, outcome: 'won' }),
    },
    {
      id: 'deal-lost',
      label: `Mark lost: ${title}`,
      run: () => flow.showDialog({ kind: 'close', dealId, title, outcome: 'lost' }),
    },
    {
      id: 'deal-dq',
      label: `Disqualify: ${title}`,
      run: () => flow.showDialog({ kind: 'exit', dealId, title, mode: 'disqualify' }),
    },
    {
      id: 'deal-reject',
      label: `Reject SAL: ${title}`,
      run: () => flow.showDialog({ kind: 'exit', dealId, title, mode: 'reject-sal' }),
    },
    {
      id: 'deal-reopen',
      label: `Reopen: ${title}`,
      run: () => flow.showDialog({ kind: 'exit', dealId, title, mode: 'reopen' }),
    },
    {
      id: 'deal-close',
      label: `Close the workspace`,
      shortcut: 'Esc',
      run: () => useNavigation.getState().openDeal(null),
    },
  ];
}

/** Every action the palette can run, given what is on screen (the open deal, if any). */
export function paletteCommands(openDeal: { id: string; title: string } | null): Command[] {
  const ui = useUiOverlays.getState();
  const board = useBoardFilters.getState();
  const base: Command[] = [
    { id: 'add-lead', label: 'Add a lead', shortcut: 'Ctrl N', run: () => ui.open('quick-add') },
    { id: 'go-board', label: 'Go to the pipeline board', run: go('board') },
    { id: 'go-followups', label: 'Go to follow-ups', run: go('followups') },
    { id: 'go-insights', label: 'Go to insights', run: go('insights') },
    { id: 'go-data', label: 'Go to your data: import, export, restore', run: go('data') },
    { id: 'go-settings', label: 'Go to settings', run: go('settings') },
    { id: 'undo-move', label: 'Undo the last move', shortcut: 'Ctrl Z', run: () => void undoLastMove() },
    { id: 'stale-only', label: 'Show stale deals only', run: () => board.setFilters({ staleOnly: true }) },
    {
      id: 'no-next-step',
      label: 'Show deals with no next step',
      run: () => board.setFilters({ noNextStep: true }),
    },
    { id: 'clear-filters', label: 'Clear board filters', run: () => board.clearFilters() },
    { id: 'load-sample', label: 'Load the sample pipeline', run: () => void loadSamplePipeline() },
    {
      id: 'load-large-sample',
      label: 'Load a large sample pipeline (10,000 deals)',
      run: () => void loadSamplePipeline(10_000),
    },
    { id: 'shortcuts', label: 'Show keyboard shortcuts', shortcut: '?', run: () => ui.open('shortcuts') },
  ];
  return openDeal ? [...dealCommands(openDeal.id, openDeal.title), ...base] : base;
}

/** Case-insensitive match of every word of the query. */
export function matchesQuery(label: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = label.toLowerCase();
  return words.every((w) => text.includes(w));
}
