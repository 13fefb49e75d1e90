import { MOUSE_DRAG_DISTANCE } from './dragAndDrop';

/**
 * A click is not lost when the app changes under a held mouse button.
 *
 * Fieldline's lists change on their own: another tab's or window's change re-sorts a column or a
 * directory, a reminder arrives in the notification tray at the bottom of the window. If that
 * happens between a rep's press and release, the browser either sends the click to the nearest
 * element holding both the pressed one and the one now under the pointer (a list, the app), where
 * nothing opens, or, when the pressed element itself was moved in the document (a keyed list
 * re-ordered by moving nodes), sends no click at all. The rep did not move: they meant what they
 * pressed.
 *
 * So a single mouse click whose press was on a control (a button, a link, a card), whose pointer
 * never went a drag's distance away, and which was released where that control was when
 * pressed, goes to the control pressed, as a click from the same place: the misdirected click
 * stops, and a missing one is sent once the release's task is over (the browser sends its click in
 * the same task as the mouse-up). Sliding off a control to cancel still cancels (the release is
 * outside where it was), a drag is still a drag, keyboard, touch, pen and double clicks are their
 * own, and a control now gone, disabled, hidden, taking no pointer input, or behind a dialog
 * opened since is left alone.
 */

/** What a press can be on: the app's clickable controls (a board card is a `role="button"`). */
const CONTROL =
  'button, a[href], summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"]';
const MODAL = '[aria-modal="true"]';

interface Press {
  control: Element;
  x: number;
  y: number;
  /** Where the control was when pressed. */
  box: DOMRect;
  /** The modal dialogs open when pressed. */
  dialogs: Set<Element>;
}

/** Start watching `target`'s presses and clicks; returns the function that stops it. */
export function keepHeldClicks(target: Window = window): () => void {
  let press: Press | null = null;
  let missing: ReturnType<typeof setTimeout> | undefined;
  const forget = () => {
    press = null;
    clearTimeout(missing);
  };
  const onPointerDown = (event: PointerEvent) => {
    forget();
    if (event.pointerType !== 'mouse' || !event.isPrimary || event.button !== 0) return;
    const control = (event.target as Element | null)?.closest?.(CONTROL);
    if (!control) return;
    const dialogs = new Set(control.ownerDocument.querySelectorAll(MODAL));
    press = { control, x: event.clientX, y: event.clientY, box: control.getBoundingClientRect(), dialogs };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (press && event.isPrimary && distance(press, event) >= MOUSE_DRAG_DISTANCE) forget();
  };
  const onMouseUp = (event: MouseEvent) => {
    const held = press;
    if (!held || event.button !== 0) return;
    const release = clickLike(event);
    missing = setTimeout(() => {
      if (press !== held) return; // its click came
      press = null;
      if (isMisdirected(held, release, null)) deliver(held.control, release);
    });
  };
  const onClick = (event: MouseEvent) => {
    if (event.detail === 0) return; // from the keyboard or a script: its own
    const held = press;
    forget();
    if (!held || !isMisdirected(held, event, event.target as Node | null)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    deliver(held.control, clickLike(event));
  };
  const listeners = [
    ['pointerdown', onPointerDown],
    ['pointermove', onPointerMove],
    ['pointercancel', forget],
    ['mouseup', onMouseUp],
    ['click', onClick],
  ] as const;
  for (const [type, listener] of listeners) target.addEventListener(type, listener as EventListener, true);
  return () => {
    forget();
    for (const [type, listener] of listeners)
      target.removeEventListener(type, listener as EventListener, true);
  };
}

const distance = (press: Press, at: { clientX: number; clientY: number }) =>
  Math.hypot(at.clientX - press.x, at.clientY - press.y);

/** A click's place, count and keys, from a mouse-up or a click. */
function clickLike(event: MouseEvent): MouseEventInit & { clientX: number; clientY: number; detail: number } {
  const { view, detail, screenX, screenY, clientX, clientY, ctrlKey, shiftKey, altKey, metaKey } = event;
  return { view, detail, screenX, screenY, clientX, clientY, ctrlKey, shiftKey, altKey, metaKey };
}

/** The pressed control's click, from the release's place. */
function deliver(control: Element, release: MouseEventInit) {
  control.dispatchEvent(
    new MouseEvent('click', {
      ...release,
      bubbles: true,
      cancelable: true,
      composed: true,
      button: 0,
      buttons: 0,
    }),
  );
}

/**
 * A single click released on the pressed control's place that the browser sent elsewhere
 * (`target` outside the control) or not at all (`target` null).
 */
function isMisdirected(
  press: Press,
  release: { clientX: number; clientY: number; detail: number },
  target: Node | null,
): boolean {
  if (release.detail !== 1 || (target && press.control.contains(target))) return false;
  const { box } = press;
  const where =
    release.clientX >= box.left &&
    release.clientX <= box.right &&
    release.clientY >= box.top &&
    release.clientY <= box.bottom;
  return distance(press, release) < MOUSE_DRAG_DISTANCE && where && canStillClick(press);
}

/** Still there, shown, enabled, taking pointer input, and not behind a modal dialog opened since the press. */
function canStillClick({ control, dialogs }: Press): boolean {
  if (!control.isConnected || control.matches(':disabled, [aria-disabled="true"]')) return false;
  if (control.closest('[inert], [hidden]')) return false;
  const doc = control.ownerDocument;
  if (doc.defaultView?.getComputedStyle(control).pointerEvents === 'none') return false;
  const visible =
    typeof control.checkVisibility !== 'function' ||
    control.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  return visible && [...doc.querySelectorAll(MODAL)].every((d) => dialogs.has(d) || d.contains(control));
}
