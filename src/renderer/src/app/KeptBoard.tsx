import { useState } from 'react';
import { BoardView } from '../features/board/BoardView';
import { ViewShown } from '../ui/viewShown';
import { ViewBoundary } from './ViewBoundary';

/** One element for every render: showing or hiding the board re-renders none of it. */
const board = <BoardView />;

/**
 * The pipeline board, kept mounted once opened (as Insights is, KeptInsights.tsx): on another
 * view it is hidden, not unmounted, so it stays live (each change patches its cards, as on
 * screen) and the rep comes back to it at once, as it was left — same cards, scroll and search —
 * instead of a "Loading the board…" line and its 10,000 cards read again page by page. `hidden`
 * keeps it out of focus, the accessibility tree and the focus rescue's reach; the stylesheet
 * keeps it laid out. What waits until it is on screen again (`ViewShown`): focusing a lead added
 * meanwhile, and My numbers' costly read; a change that has the board read itself again (an
 * import, a restore) waits for that or for the rep to pause (state/boardData.ts). A failed board
 * is tried again on a return.
 */
export function KeptBoard({ shown }: { shown: boolean }) {
  const [kept, setKept] = useState(shown);
  if (shown && !kept) setKept(true);
  if (!kept) return null;
  return (
    <div className="kept-view" hidden={!shown}>
      <ViewBoundary name="the pipeline board" resetKey={shown}>
        <ViewShown.Provider value={shown}>{board}</ViewShown.Provider>
      </ViewBoundary>
    </div>
  );
}
