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

/**
 * What does not fit: elements whose right edge passes the viewport (outside any scrolling or
 * clipping container), and selects or buttons whose own text is cut. Returns one line each.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > innerWidth + 1)
      problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${innerWidth})`);
    for (const el of document.body.querySelectorAll('*')) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > innerWidth + 1 && !clipped(el))
        problems.push(`${name(el)} overflows the window`);
    }
    const canvas = document.createElement('canvas').getContext('2d')!;
    for (const select of document.querySelectorAll('select')) {
      if (!select.checkVisibility()) continue;
      const style = getComputedStyle(select);
      canvas.font = style.font;
      const text = select.selectedOptions[0]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 18;
      if (canvas.measureText(text).width > room) problems.push(`${name(select)} cuts "${text}"`);
    }
    for (const button of document.querySelectorAll('button')) {
      if (button.checkVisibility() && button.scrollWidth > button.clientWidth + 1)
        problems.push(`${name(button)} cuts its text`);
    }
    return problems;
  });
}

/**
 * Scrolling containers under `scope` (and the scope itself) whose content is wider than they
 * are, so part of it is clipped or scrolls sideways: the CHAMP notes cut at the workspace's
 * right edge were one.
 */
export async function sidewaysInside(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const found: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      // Text fields may scroll their own text; visually hidden text is clipped on purpose; what
      // the rep cannot see (`visibility: hidden`: Insights kept drawn behind another view,
      // app/KeptInsights.tsx) cuts nothing they see — shown, it is checked like every view.
      if (
        el.matches('input, textarea, select') ||
        el.clientWidth <= 1 ||
        !el.checkVisibility({ visibilityProperty: true })
      )
        continue;
      const o = getComputedStyle(el).overflowX;
      if (o === 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1)
        found.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} is ${el.scrollWidth - el.clientWidth}px too narrow for its content`,
        );
    }
    return found;
  }, scope);
}
