import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
  type TouchEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { useDndMonitor, useDraggable, type DragEndEvent } from '@dnd-kit/core';
import { useNavigation } from '../../state/navigation';
import { useOptimisticMoves } from '../../state/optimisticMoves';
import { MOUSE_DRAG_DISTANCE } from '../../ui/dragAndDrop';
import { afterFrame } from './slices';

/** What a card's drag carries: its title (announcements, the overlay) and the stage it is shown in. */
export interface CardDragData {
  title: string;
  stageId: string;
}

/** The card shown on the board with this id, or null. */
export type FindCard = (dealId: string) => CardDragData | null;

type Activator = 'onKeyDown' | 'onMouseDown' | 'onTouchStart';

/** The board's one drag source, as the cards' container uses it (one object for the board's life). */
interface CardDragSource {
  /** The id of dnd-kit's hidden "how to drag" text: every card is described by it. */
  readonly describedBy: string;
  /** Pick up `card` (the element of the deal `dealId`) through dnd-kit's sensor for `event`. */
  start(
    activator: Activator,
    event: SyntheticEvent,
    card: HTMLElement,
    dealId: string,
    data: CardDragData,
  ): void;
}

const CardDragContext = createContext<CardDragSource | null>(null);

/** Registered as the draggable while no card is armed: never picked up (disabled). */
const NO_CARD = 'board:no-card';

interface Armed {
  id: string;
  data: CardDragData;
}

/**
 * The board's cards as dnd-kit draggables through one `useDraggable`, registered for the card
 * being picked up, armed at the pointer, touch or key that starts its drag. dnd-kit's sensors,
 * keyboard coordinates, announcements and overlay do the dragging as for any draggable; but only
 * this component re-renders when a drag starts, moves over a column or ends, not every card
 * drawn (a `useDraggable` per card subscribes each card to the drag). Must be inside a `DndContext`.
 */
export function CardDragProvider({ disabled, children }: { disabled: boolean; children: ReactNode }) {
  const [armed, setArmed] = useState<Armed | null>(null);
  const { attributes, listeners, setNodeRef, node, isDragging } = useDraggable({
    id: armed?.id ?? NO_CARD,
    data: armed?.data,
    disabled: armed === null,
  });
  const listenersRef = useRef(listeners);
  useLayoutEffect(() => {
    listenersRef.current = listeners;
  }, [listeners]);
  const armedRef = useRef<Armed | null>(null);
  /** The card a drop took focus from (it leaves its column), given focus again once drawn anew. */
  const refocus = useRef<string | null>(null);
  // (After BoardDnd's onDragEnd, which sets the move in flight, and before React's commit.)
  const [monitor] = useState(() => ({
    onDragEnd: (event: DragEndEvent) => void (refocus.current = leaveFocus(event)),
  }));
  useDndMonitor(monitor);
  /** The cards' container, where a card is found again by its id after a drag. */
  const rootRef = useRef<Element | null>(null);
  const disabledRef = useRef(disabled);
  useLayoutEffect(() => {
    disabledRef.current = disabled;
  }, [disabled]);
  const describedBy = attributes['aria-describedby'];
  const [source] = useState<CardDragSource>(() => ({
    describedBy,
    start(activator, event, card, dealId, data) {
      if (disabledRef.current) return;
      rootRef.current = event.currentTarget as Element;
      const last = armedRef.current;
      if (last?.id !== dealId || last.data.stageId !== data.stageId || last.data.title !== data.title) {
        const next = { id: dealId, data };
        armedRef.current = next;
        // Registered with dnd-kit before its sensor looks the draggable up, in this same event.
        flushSync(() => setArmed(next));
      }
      setNodeRef(card);
      (listenersRef.current?.[activator] as ((e: SyntheticEvent) => void) | undefined)?.(event);
    },
  }));
  // The card picked up is marked pressed (styled faded) on its element, without rendering it.
  useLayoutEffect(() => {
    const element = isDragging ? node.current : null;
    if (!element) return;
    element.setAttribute('aria-pressed', 'true');
    return () => element.removeAttribute('aria-pressed');
  }, [isDragging, node]);
  // After a drag the card may be drawn anew (in the column it was dropped on): the draggable's
  // node is pointed at the card's element where it is now drawn, and a card the drop took focus
  // from gets it back there (dnd-kit's own focus restore is off, BoardDnd) unless focus has gone
  // elsewhere meanwhile. Both once the drop's frame is drawn: a focus() in the drop's task or in
  // that frame's callbacks forces the frame's style and layout there, ahead of the frame.
  useEffect(() => {
    if (isDragging || armed === null) return;
    return afterFrame(() => {
      const cards = rootRef.current?.querySelectorAll<HTMLElement>('[data-deal-id]') ?? [];
      const now = [...cards].find((card) => card.dataset.dealId === armed.id);
      const focus = refocus.current === armed.id;
      refocus.current = null;
      if (!now) return;
      setNodeRef(now);
      const active = document.activeElement;
      if (focus && (!active || active === document.body)) now.focus();
    });
  }, [isDragging, armed, setNodeRef]);
  return <CardDragContext.Provider value={source}>{children}</CardDragContext.Provider>;
}

/**
 * A drop the board shows at once as a move (`state/optimisticMoves`: the card taken out of its
 * column) blurs the card first, if it has focus, before React's commit removes it, and returns its
 * deal id, to be focused again where it is drawn. Chromium recalculates style when a focused
 * element is removed, inside the commit (a CPU profile of keyboard drops at 10,000 deals:
 * `removeChild` 2–39 ms, against 2 ms with the card blurred first). A drop that opens a dialog
 * instead (on a closed stage) or stays in its column leaves the focus where it is.
 */
function leaveFocus({ active, over }: DragEndEvent): string | null {
  const id = String(active.id);
  if (!over || useOptimisticMoves.getState().pending[id] !== over.id) return null;
  const focused = document.activeElement;
  if (
    !(focused instanceof HTMLElement) ||
    focused.closest<HTMLElement>('[data-deal-id]')?.dataset.dealId !== id
  )
    return null;
  focused.blur();
  return id;
}

/** The id of the text that tells how to drag a card (for its aria-describedby). */
export const useCardDragDescription = (): string | undefined => useContext(CardDragContext)?.describedBy;

const cardOf = (event: SyntheticEvent): HTMLElement | null => {
  const card = (event.target as Element | null)?.closest?.<HTMLElement>('[data-deal-id]') ?? null;
  return card && (event.currentTarget as Element).contains(card) ? card : null;
};

/**
 * Handlers for the element holding the board's cards: a press, touch or key on a card starts its
 * drag (the board's one drag source is armed for it), a click or Enter opens it. `find` gives a
 * card's drag data by id.
 */
export function useCardHandlers(find: FindCard) {
  const source = useContext(CardDragContext);
  const pressed = useRef<Press | null>(null);
  return useMemo(() => {
    const start = (activator: Activator, event: SyntheticEvent, card: HTMLElement | null) => {
      const dealId = card?.dataset.dealId;
      const data = dealId ? find(dealId) : null;
      if (source && card && dealId && data) source.start(activator, event, card, dealId, data);
    };
    return {
      onKeyDown(event: KeyboardEvent<HTMLElement>) {
        const card = cardOf(event);
        if (!card || card !== event.target) return;
        if (event.key === 'Enter') {
          event.preventDefault();
          useNavigation.getState().openDeal(card.dataset.dealId!);
          return;
        }
        start('onKeyDown', event, card);
      },
      onMouseDown(event: MouseEvent<HTMLElement>) {
        const card = cardOf(event);
        const dealId = card?.dataset.dealId;
        pressed.current = dealId ? { dealId, x: event.clientX, y: event.clientY } : null;
        start('onMouseDown', event, card);
      },
      onTouchStart: (event: TouchEvent<HTMLElement>) => start('onTouchStart', event, cardOf(event)),
      onClick(event: MouseEvent<HTMLElement>) {
        const id = pressedCard(pressed.current, event) ?? cardOf(event)?.dataset.dealId;
        pressed.current = null;
        if (id) useNavigation.getState().openDeal(id);
      },
    };
  }, [source, find]);
}

/** Where a mouse button went down on a card. */
interface Press {
  dealId: string;
  x: number;
  y: number;
}

/**
 * The card a mouse click opens: the one pressed, when released where it was pressed (closer than
 * a drag starts). The board may change under a held button (another tab's or window's change
 * re-sorts a column): the card under the pointer is then another element, so the browser sends the
 * click to the list holding both, or a row's element now shows another card. The rep meant the one
 * they pressed. A click from the keyboard (`detail` 0) has no press: the card it is on.
 */
function pressedCard(press: Press | null, event: MouseEvent): string | null {
  if (!press || event.detail === 0) return null;
  const moved = Math.hypot(event.clientX - press.x, event.clientY - press.y);
  return moved < MOUSE_DRAG_DISTANCE ? press.dealId : null;
}
