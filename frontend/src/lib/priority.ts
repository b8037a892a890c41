// The overview's KPI cards come first (issue 21 item 7): on a server of two
// cores every other panel's query (red flags, targets, trend, breakdowns,
// ranking, map) slowed the cards' own. A screen wraps its secondary panels
// in <FiguresFirst value={waiting}> while its figures are on their way; the
// panels' queries wait (urql's pause) and go out the moment they are in
// (or failed).
import { createContext, useContext } from 'react';

/** True while the screen's primary figures are on their way. */
export const FiguresFirst = createContext(false);

/** Whether a secondary panel should hold its query back (pause it) for now. */
export function useWaitForFigures(): boolean {
  return useContext(FiguresFirst);
}
