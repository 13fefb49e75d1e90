/**
 * Focus never falls to <body>. When the focused element leaves the page (a card moved to
 * another column, a button that no longer applies, a row that was snoozed away), focus goes to
 * the best place that is still there: the same deal's card, the open dialog, the open
 * workspace, or the current view's heading; a button that disabled itself while busy gets it
 * back when it is enabled. Views switched from the nav get their heading
 * focused the same way (`focusViewHeading`).
 */

let lastFocused: Element | null = null;

function focusable(el: HTMLElement): HTMLElement {
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName))
    el.setAttribute('tabindex', '-1');
  return el;
}

/** Whether `el` is on the page and not inside content kept hidden. */
const isShown = (el: Element | null): el is HTMLElement =>
  el instanceof HTMLElement && el.isConnected && !el.closest('[hidden]');

/** The first element `selector` finds outside content kept hidden (a `hidden` view, App.tsx). */
export const shownElement = (selector: string): HTMLElement | null =>
  [...document.querySelectorAll<HTMLElement>(selector)].find(isShown) ?? null;

/**
 * Focus what `selector` finds once it is on the page, waiting for it (up to `ms`). A dialog
 * the rep opened meanwhile (Ctrl+K right after adding a lead) keeps focus: late focus never
 * pulls the rep out of it; nor does it take focus the page has already put inside `unlessIn`.
 */
export function focusWhenShown(
  selector: string,
  { ms = 10_000, unlessIn }: { ms?: number; unlessIn?: string } = {},
): void {
  const until = performance.now() + ms;
  const attempt = () => {
    const active = document.activeElement;
    if (active?.closest('[role="dialog"]')) return;
    if (unlessIn && isShown(active) && active.closest(unlessIn)) return;
    const found = shownElement(selector);
    if (found) focusable(found).focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  // From the next frame: the dialog that asked (quick add) has closed by then.
  requestAnimationFrame(attempt);
}

/**
 * The view's main heading (h1), made focusable; a view still loading is waited for. Focus the
 * view has already taken inside it is kept: back on the board, the card of a lead added from
 * another view (its highlight, useFocusHighlighted.ts) is focused when the board shows again.
 */
export const focusViewHeading = () => focusWhenShown('main h1', { unlessIn: 'main' });

function rescue(lost: Element) {
  // A card, a dialog about a deal, or the workspace of a deal (closed: back to its card).
  const dealId =
    lost.closest('[data-deal-id]')?.getAttribute('data-deal-id') ??
    lost.closest('[data-for-deal]')?.getAttribute('data-for-deal') ??
    lost.closest('[data-workspace-deal]')?.getAttribute('data-workspace-deal');
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  const workspace = document.querySelector<HTMLElement>('.workspace h2');
  // The card, unless the workspace is open over the board (then its heading).
  const sameDeal = dealId && !workspace ? shownElement(`[data-deal-id="${CSS.escape(dealId)}"]`) : null;
  const target =
    dialog?.querySelector<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"])') ??
    sameDeal ??
    workspace ??
    shownElement('main h1');
  if (target) focusable(target).focus({ preventScroll: !sameDeal });
}

/** Start watching (once, from the app shell). Returns a stop function. */
export function startFocusRescue(): () => void {
  const onFocusIn = (event: FocusEvent) => {
    lastFocused = event.target as Element;
  };
  const fellToBody = () => !document.activeElement || document.activeElement === document.body;
  // A busy button disables itself (Export, Save…) and the browser drops its focus; it gets
  // focus back when it is enabled again, unless the rep has gone elsewhere meanwhile.
  let disabledWhileFocused: Element | null = null;
  const observer = new MutationObserver((records) => {
    const lost = lastFocused;
    if (!lost) return;
    // (The browser moves focus off a disabled element later than this callback runs.)
    if (records.some((r) => r.type === 'attributes' && r.target === lost)) {
      if (lost.matches(':disabled')) disabledWhileFocused = lost;
      else if (disabledWhileFocused === lost) {
        disabledWhileFocused = null;
        if (fellToBody() && lost instanceof HTMLElement) lost.focus();
      }
    }
    if (lost.isConnected || !fellToBody()) return;
    // Views that place focus themselves (the next agenda row, a dialog's opener) go first.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (lastFocused !== lost || !fellToBody()) return;
        lastFocused = null;
        rescue(lost);
      }),
    );
  });
  document.addEventListener('focusin', onFocusIn);
  observer.observe(document.body, { childList: true, subtree: true, attributeFilter: ['disabled'] });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    observer.disconnect();
  };
}
