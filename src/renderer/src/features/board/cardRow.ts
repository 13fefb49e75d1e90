/** Every card slot's height in px (board.css `.card-slot` holds its card to it). */
export const CARD_ROW_HEIGHT = 112;
