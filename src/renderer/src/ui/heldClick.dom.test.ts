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

const pointer = (type: string, target: Element, x: number, y: number, init: PointerEventInit = {}) =>
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      isPrimary: true,
      pointerType: 'mouse',
      button: 0,
      clientX: x,
      clientY: y,
      ...init,
    }),
  );

const press = (target: Element, x = 100, y = 20, init: PointerEventInit = {}) =>
  pointer('pointerdown', target, x, y, init);

/** The mouse-up of a release at (x, y), on `target`. */
const mouseUp = (target: Element, x = 100, y = 20) =>
  target.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: x, clientY: y, detail: 1 }));

/** The click the browser sends on release: to `target`, the element holding press and release. */
const release = (target: Element, x = 100, y = 20, detail = 1) =>
  target.dispatchEvent(
    new MouseEvent('click', { bubbles: true, cancelable: true, clientX: x, clientY: y, detail }),
  );

/** The release's task over: a click the browser did not send is sent now. */
const afterRelease = () => new Promise((done) => setTimeout(done, 5));

beforeEach(() => {
  document.body.innerHTML = `<div id="app">
    <main><ul id="list">
      <li><button id="pressed"><span id="label">Maria Lopez</span></button></li>
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
  it('leaves an ordinary click alone: it reaches the control once', async () => {
    press(pressed);
    mouseUp(pressed);
    release(pressed);
    await afterRelease();
    expect(opened).toEqual(['pressed']);
  });

  it('gives a click the browser sent to the list holding both rows to the row pressed, once', async () => {
    press(pressed);
    mouseUp(other);
    release(list);
    await afterRelease();
    expect(opened).toEqual(['pressed']);
  });

  it('gives a release on a toast that arrived over the control to the control', () => {
    press(pressed, 100, 20);
    release(app, 102, 21);
    expect(opened).toEqual(['pressed']);
  });

  it('sends the click the browser did not send (the pressed row was moved in the page) once the release is over', async () => {
    press(pressed);
    list.prepend(pressed.closest('li')!);
    mouseUp(other);
    expect(opened).toEqual([]);
    await afterRelease();
    expect(opened).toEqual(['pressed']);
  });

  it('treats a press on a control’s content as a press on the control', () => {
    press(document.getElementById('label')!);
    release(list);
    expect(opened).toEqual(['pressed']);
  });

  it('keeps the click’s place and keys', () => {
    const seen: MouseEvent[] = [];
    pressed.addEventListener('click', (e) => seen.push(e));
    press(pressed, 100, 20);
    list.dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: 103, clientY: 22, detail: 1, shiftKey: true }),
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ clientX: 103, clientY: 22, detail: 1, shiftKey: true, button: 0 });
  });

  it('lets a drag’s distance or more be no click', async () => {
    press(pressed, 100, 20);
    mouseUp(list, 106, 20);
    release(list, 106, 20);
    await afterRelease();
    expect(opened).toEqual(['list']);
  });

  it('lets a pointer that went a drag’s distance away and came back be a drag', async () => {
    press(pressed, 100, 20);
    pointer('pointermove', list, 100, 27);
    pointer('pointermove', list, 100, 21);
    mouseUp(list, 100, 21);
    release(list, 100, 21);
    await afterRelease();
    expect(opened).toEqual(['list']);
  });

  it('lets sliding off the control cancel: released outside where it was, nothing is clicked', async () => {
    press(pressed, 100, 38);
    mouseUp(other, 100, 42);
    release(list, 100, 42);
    await afterRelease();
    expect(opened).toEqual(['list']);
  });

  it('leaves keyboard and script clicks (detail 0) alone, and keeps the press through them', () => {
    press(pressed);
    release(list, 100, 20, 0);
    release(list);
    expect(opened).toEqual(['list', 'pressed']);
  });

  it('leaves a double click’s second click to the browser', () => {
    press(pressed);
    release(list, 100, 20, 2);
    expect(opened).toEqual(['list']);
  });

  it('forgets a press once its click came, and a cancelled pointer', async () => {
    press(pressed);
    release(pressed);
    release(list);
    press(pressed);
    window.dispatchEvent(new PointerEvent('pointercancel'));
    mouseUp(list);
    release(list);
    await afterRelease();
    expect(opened).toEqual(['pressed', 'list', 'list']);
  });

  it.each([
    ['another button', { button: 2 }],
    ['a touch', { pointerType: 'touch' }],
    ['a pen', { pointerType: 'pen' }],
    ['a second pointer', { isPrimary: false }],
  ])('ignores a press with %s', async (_, init) => {
    press(pressed, 100, 20, init);
    mouseUp(list);
    release(list);
    await afterRelease();
    expect(opened).toEqual(['list']);
  });

  it('ignores a press off any control', () => {
    press(list);
    release(app);
    expect(opened).toEqual(['app']);
  });

  it.each([
    ['gone', () => pressed.remove()],
    ['disabled', () => (pressed.disabled = true)],
    ['aria-disabled', () => pressed.setAttribute('aria-disabled', 'true')],
    ['hidden', () => pressed.closest('li')!.setAttribute('hidden', '')],
    ['taking no pointer input', () => (pressed.style.pointerEvents = 'none')],
    ['behind a dialog opened since', () => app.append(dialog())],
    ['behind a dialog opened since, earlier in the page', () => app.prepend(dialog())],
  ])('leaves alone a control now %s', async (_, change) => {
    press(pressed);
    change();
    mouseUp(other);
    release(list);
    await afterRelease();
    expect(opened).toEqual(['list']);
  });

  it('clicks a control inside a dialog open when it was pressed', () => {
    const open = dialog();
    app.append(open);
    open.append(list);
    press(pressed);
    release(list);
    expect(opened).toEqual(['pressed']);
  });

  it('stops watching when stopped', async () => {
    stop();
    press(pressed);
    mouseUp(other);
    await afterRelease();
    release(list);
    expect(opened).toEqual(['list']);
  });
});

function dialog() {
  const element = document.createElement('div');
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-modal', 'true');
  return element;
}
