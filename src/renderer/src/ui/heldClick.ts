import { MOUSE_DRAG_DISTANCE } from './dragAndDrop';

/**
 * A click is not lost when the app changes under a held button.
 *
 * Fieldline's lists change on their own: another tab's or window's change re-sorts a column or a
 * directory, a reminder arrives in the notification tray at the bottom of the window. If that
 * happens between a rep's press and release, the release lands on another element, and the
 * browser sends the click to the nearest element holding both (a list, the app), where nothing
 * opens. The rep did not move: they meant what they pressed.
 *
 * So a click whose press was on a control (a button, a link, a card) and which was released
 * where that control was when pressed, less than a drag's distance from the press, goes to the
 * control pressed, as a click from the same place; the misdirected click stops. Sliding off a
 * control to cancel still cancels (the release is outside where it was), a drag is still a drag,
 * and a control now disabled, hidden, gone, or behind a dialog opened since is left alone.
 */

/** What a press can be on: the app's clickable controls, and the board's cards. */
const CONTROL =
  'button, a[href], summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="option"], [data-deal-id]';

interface Press {
  control: Element;
  x: number;
  y: number;
  /** Where the control was when pressed. */
  box: DOMRect;
}

/** Start watching `target`'s presses and clicks; returns the function that stops it. */
export function keepHeldClicks(target: Window = window): () => void {
  let press: Press | null = null;
  const onPointerDown = (event: PointerEvent) => {
    press = null;
    if (!event.isPrimary || event.button !== 0) return;
    const control = (event.target as Element | null)?.closest?.(CONTROL);
    if (control)
      press = { control, x: event.clientX, y: event.clientY, box: control.getBoundingClientRect() };
  };
  const onClick = (event: MouseEvent) => {
    const held = press;
    press = null;
    if (!held || !isMisdirected(held, event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    held.control.dispatchEvent(
      new MouseEvent('click', {
        bubbles: true,
        cancelable: true,
        composed: true,
        detail: event.detail,
        view: event.view,
        screenX: event.screenX,
        screenY: event.screenY,
        clientX: event.clientX,
        clientY: event.clientY,
        ctrlKey: event.ctrlKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        button: event.button,
        buttons: event.buttons,
      }),
    );
  };
  const forget = () => {
    press = null;
  };
  target.addEventListener('pointerdown', onPointerDown, true);
  target.addEventListener('pointercancel', forget, true);
  target.addEventListener('click', onClick, true);
  return () => {
    target.removeEventListener('pointerdown', onPointerDown, true);
    target.removeEventListener('pointercancel', forget, true);
    target.removeEventListener('click', onClick, true);
  };
}

/** A mouse click released on the pressed control's place, that the browser sent elsewhere. */
function isMisdirected(press: Press, event: MouseEvent): boolean {
  const { control, box } = press;
  if (event.detail === 0 || control.contains(event.target as Node | null)) return false;
  const moved = Math.hypot(event.clientX - press.x, event.clientY - press.y);
  const where =
    event.clientX >= box.left &&
    event.clientX <= box.right &&
    event.clientY >= box.top &&
    event.clientY <= box.bottom;
  return moved < MOUSE_DRAG_DISTANCE && where && canStillClick(control);
}

/** Still there, shown, enabled, and not behind a modal dialog opened since the press. */
function canStillClick(control: Element): boolean {
  if (!control.isConnected || control.matches(':disabled, [aria-disabled="true"]')) return false;
  if (control.closest('[inert], [hidden]')) return false;
  if (typeof control.checkVisibility === 'function' && !control.checkVisibility()) return false;
  const dialogs = control.ownerDocument.querySelectorAll('[aria-modal="true"]');
  const top = dialogs[dialogs.length - 1];
  return !top || top.contains(control);
}
