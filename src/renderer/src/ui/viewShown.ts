import { createContext, useContext } from 'react';

/**
 * Whether the view around is on screen: false while a view kept mounted is hidden (the board
 * and Insights, see App.tsx). What must not happen behind the rep's back — taking focus, asking
 * the store for something costly — waits for it to be true (or, for the board's reload after an
 * import, for the rep to pause). The one way a view learns it is hidden: the board and Insights
 * both read it.
 */
export const ViewShown = createContext(true);

export const useViewShown = (): boolean => useContext(ViewShown);
