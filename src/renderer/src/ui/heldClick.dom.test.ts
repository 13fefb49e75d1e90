/** A click released where the pressed control was goes to it, even when the app changed under the button. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepHeldClicks } from './heldClick';

let stop: () => void;
let app: HTMLElement;
let list: HTMLElement;
let pressed: HTMLButtonElement;
let other: HTMLButtonElement;
let opened: string[];

/** `element` laid out at x 0–200, y `top`–`top + 40` (jsdom lays nothing out). */
const placeAt = (element: Element, top: number) =>
  vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, top, 200, 40));

const press = (target: Element, x = 100, y = 20, init: PointerEventInit = {}) =>
  target.dispatchEvent(
    new PointerEvent('pointerdown', {
      bubbles: true,
      isPrimary: true,
      button: 0,
      clientX: x,
      clientY: y,
      ...init,
    }),
  );

/** The click the browser sends on release: to `target`, the element holding press and release. */
const release = (target: Element, x = 100, y = 20, detail = 1) =>
  target.dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y, detail }),
  );

beforeEach(() => {
  document.body.innerHTML = `<div id="app">
    <main><ul id="list">
      <li><button id="pressed">Maria Lopez</button></li>
      <li><button id="other">Aaron Abbott</button></li>
    </ul></main>
    <section class="tray"><div class="toast">Reminder</div></section></div>`;
  app = document.getElementById('app')!;
  list = document.getElementById('list')!;
  pressed = document.getElementById('pressed') as HTMLButtonElement;
  other = document.getElementById('other') as HTMLButtonElement;
  placeAt(pressed, 0);
  placeAt(other, 40);
  opened = [];
  pressed.addEventListener('click', () => opened.push('pressed'));
  other.addEventListener('click', () => opened.push('other'));
  list.addEventListener('click', (e) => e.target === list && opened.push('list'));
  app.addEventListener('click', (e) => e.target === app && opened.push('app'));
  stop = keepHeldClicks(window);
});
afterEach(() => {
  stop();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('keepHeldClicks', () => {
  it('leaves an ordinary click alone: it reaches the control once', () => {
    press(pressed);
    release(pressed);
    expect(opened).toEqual(['pressed']);
  });

  it('gives a click the browser sent to the list holding both rows to the row pressed, once', () => {
    press(pressed);
    release(list);
    expect(opened).toEqual(['pressed']);
  });

  it('gives a release on a toast that arrived over the control to the control', () => {
    press(pressed, 100, 20);
    release(app, 102, 21);
    expect(opened).toEqual(['pressed']);
  });

  it('keeps the click’s place, buttons and keys', () => {
    const seen: MouseEvent[] = [];
    pressed.addEventListener('click', (e) => seen.push(e));
    press(pressed, 100, 20);
    list.dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: 103, clientY: 22, detail: 2, shiftKey: true }),
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ clientX: 103, clientY: 22, detail: 2, shiftKey: true, button: 0 });
  });

  it('lets a drag’s distance or more be no click', () => {
    press(pressed, 100, 20);
    release(list, 106, 20);
    expect(opened).toEqual(['list']);
  });

  it('lets sliding off the control cancel: released outside where it was, nothing is clicked', () => {
    press(pressed, 100, 38);
    release(list, 100, 42);
    expect(opened).toEqual(['list']);
  });

  it('leaves keyboard clicks (detail 0) alone', () => {
    press(pressed);
    release(list, 100, 20, 0);
    expect(opened).toEqual(['list']);
  });

  it('forgets a press once its click came, and a cancelled pointer', () => {
    press(pressed);
    release(pressed);
    release(list);
    press(pressed);
    window.dispatchEvent(new PointerEvent('pointercancel'));
    release(list);
    expect(opened).toEqual(['pressed', 'list', 'list']);
  });

  it('ignores a press with another button, or off any control', () => {
    press(pressed, 100, 20, { button: 2 });
    release(list);
    press(list);
    release(app);
    expect(opened).toEqual(['list', 'app']);
  });

  it.each([
    ['gone', () => pressed.remove()],
    ['disabled', () => (pressed.disabled = true)],
    ['aria-disabled', () => pressed.setAttribute('aria-disabled', 'true')],
    ['hidden', () => pressed.closest('li')!.setAttribute('hidden', '')],
    [
      'behind a dialog opened since',
      () => app.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true"></div>'),
    ],
  ])('leaves alone a control now %s', (_, change) => {
    press(pressed);
    change();
    release(list);
    expect(opened).toEqual(['list']);
  });

  it('clicks a control inside the dialog open when it was pressed', () => {
    document.body.insertAdjacentHTML('beforeend', '<div role="dialog" aria-modal="true" id="d"></div>');
    document.getElementById('d')!.append(list);
    press(pressed);
    release(list);
    expect(opened).toEqual(['pressed']);
  });

  it('stops watching when stopped', () => {
    stop();
    press(pressed);
    release(list);
    expect(opened).toEqual(['list']);
  });
});
