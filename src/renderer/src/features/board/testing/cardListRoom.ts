import { afterAll, beforeAll } from 'vitest';
import { CARD_ROW_HEIGHT } from '../VirtualCardList';

/**
 * jsdom lays nothing out: for the tests of this file, a column's cards list (`.cards-scroll`) is
 * given room for `rows` cards (every other element 0 px tall).
 */
export function giveCardListsRoom(rows: number) {
  const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
  beforeAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', {
      configurable: true,
      get(this: Element) {
        return this.classList.contains('cards-scroll') ? rows * CARD_ROW_HEIGHT : 0;
      },
    });
  });
  afterAll(() => {
    Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
  });
}
