/**
 * Settings → Quota and goals against the real store: one Save writes the quota period, the
 * quota (read as a rep types an amount) and the weekly goal, and "My numbers" measures them.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderedWithStore } from '../../testing/storeDom';
import { GoalsEditor } from './GoalsEditor';

const dom = renderedWithStore();
const { settle, byText, type, click } = dom;
const field = (name: string) => dom.host.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

async function render() {
  const settings = await dom.client.call('settings.get', {});
  act(() => dom.root.render(<GoalsEditor settings={settings} />));
  await settle(() => !!byText('Save goals'));
}

describe('GoalsEditor', () => {
  it('saves a month quota typed with separators and a weekly goal, and My numbers uses them', async () => {
    await render();
    expect(field('quota').value).toBe('');
    expect(dom.host.querySelector<HTMLInputElement>('[value="quarter"]')!.checked).toBe(true);
    await click(dom.host.querySelector<HTMLInputElement>('[value="month"]'));
    await act(async () => type(field('quota'), '150,000.50'));
    await act(async () => type(field('weeklyActivityGoal'), '30'));
    await click(byText('Save goals'));
    await settle(() => dom.host.querySelector('[role="status"]')?.textContent === 'Saved');
    const { goals } = await dom.client.call('settings.get', {});
    expect(goals).toEqual({ quotaPeriod: 'month', quota: 150_000.5, weeklyActivityGoal: 30 });
    const numbers = await dom.client.call('insights.numbers', {});
    expect(numbers).toMatchObject({ quota: 150_000.5, period: { kind: 'month' }, activity: { goal: 30 } });
  });

  it('refuses an amount that is not one, on its field, and saves nothing', async () => {
    await render();
    await act(async () => type(field('quota'), '12 apples'));
    await click(byText('Save goals'));
    const alert = dom.host.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/^Quota: /);
    expect(field('quota').getAttribute('aria-invalid')).toBe('true');
    expect(field('quota').getAttribute('aria-describedby')).toBe(alert?.id);
    expect((await dom.client.call('settings.get', {})).goals).toEqual({
      quotaPeriod: 'quarter',
      quota: 0,
      weeklyActivityGoal: 25,
    });
  });
});
