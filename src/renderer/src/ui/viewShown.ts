import { createContext, useContext } from 'react';

/**
 * Whether the view around is on screen: false while a view kept mounted is hidden (the board
 * and Insights, see App.tsx). What must not happen behind the rep's back — taking focus, asking
 * the store for something costly — waits for it to be true.
 */
export const ViewShown = createContext(true);

export const useViewShown = (): boolean => useContext(ViewShown);
