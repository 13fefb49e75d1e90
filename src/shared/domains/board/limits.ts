// zod-free, so the board's loader need not build the contract's schemas to know it.
/** The most cards one `board.page` answer carries (a few milliseconds to copy on either side). */
export const BOARD_PAGE_MAX = 10_000;
