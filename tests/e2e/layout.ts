import { expect, type Page } from '@playwright/test';

/**
 * Every visible control under `scope` that something else covers: each is scrolled into view
 * (in its own scroll container) and `elementFromPoint` at its centre must be the control or
 * inside it. Returns "name: covered by …" lines, so a failure says what covers what.
 */
export async function coveredControls(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const describe = (el: Element | null) =>
      el
        ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`
        : 'nothing (off screen)';
    const found: string[] = [];
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const controls = root.querySelectorAll(
      'button, [role="button"], select, input:not([type="hidden"]), textarea',
    );
    for (const control of controls) {
      // Not rendered, or inside a closed <details> / a hidden panel: nothing to click.
      if (!control.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
      control.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const r = control.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit !== control && !control.contains(hit)) {
        const labelled = (control as HTMLInputElement).labels?.[0]?.textContent ?? '';
        const name =
          control.getAttribute('aria-label') ?? (labelled || (control.textContent ?? '')).trim().slice(0, 40);
        found.push(`${name || describe(control)}: covered by ${describe(hit)}`);
      }
    }
    return found;
  }, scope);
}

export async function expectNothingCovered(page: Page, scope: string) {
  await expect.poll(() => coveredControls(page, scope), { timeout: 30_000 }).toEqual([]);
}
