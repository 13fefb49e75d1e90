/**
 * The e-mail and call template editor (Settings) against the real store, rendered with
 * react-dom in jsdom: the rep's name and templates are saved with one Save.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE_TEMPLATES } from '../../../../shared/engine/defaults/messageTemplates';
import { renderedWithStore } from '../../testing/storeDom';
import { MessageTemplatesEditor } from './MessageTemplatesEditor';

const dom = renderedWithStore();
const { settle, byText, type, click } = dom;

async function rendered() {
  const settings = await dom.client.call('settings.get', {});
  act(() => dom.root.render(<MessageTemplatesEditor settings={settings} />));
  await settle(() => dom.host.querySelectorAll('.template-list details').length > 0);
}
const input = (selector: string) => dom.host.querySelector<HTMLInputElement>(selector)!;

describe('MessageTemplatesEditor', () => {
  it('saves the rep name and a new call script with one Save', async () => {
    await rendered();
    expect(dom.host.querySelectorAll('.template-list details')).toHaveLength(
      DEFAULT_MESSAGE_TEMPLATES.length,
    );
    await act(async () => type(input('input[name="repName"]'), 'Sam Rep'));
    await click(byText('Add a call script'));
    const details = [...dom.host.querySelectorAll<HTMLDetailsElement>('.template-list details')].at(-1)!;
    expect(details.open).toBe(true);
    const [name, subject] = [...details.querySelectorAll('input')];
    await act(async () => type(name!, ' Renewal call '));
    await act(async () => type(subject!, 'Renewal call with {{firstName}}'));
    expect(details.textContent).not.toContain('Not a known placeholder');
    await act(async () => type(subject!, 'Renewal call with {{lastName}}'));
    expect(details.textContent).toContain(
      'Not a known placeholder (you fill it in before sending): {{lastName}}',
    );

    await click(byText('Save templates'));
    await settle(() => dom.host.querySelector('.form-actions [role="status"]')?.textContent === 'Saved');
    const stored = await dom.client.call('settings.get', {});
    expect(stored.repName).toBe('Sam Rep');
    expect(stored.messageTemplates).toHaveLength(DEFAULT_MESSAGE_TEMPLATES.length + 1);
    expect(stored.messageTemplates?.at(-1)).toMatchObject({
      kind: 'call',
      name: 'Renewal call',
      stageKind: null,
      subject: 'Renewal call with {{lastName}}',
      body: '',
    });
  });

  it('will not save a template without a name, and focuses it', async () => {
    await rendered();
    await click(byText('Add an e-mail template'));
    await click(byText('Save templates'));
    expect(dom.host.querySelector('[role="alert"]')?.textContent).toBe('Every template needs a name.');
    const name = [...dom.host.querySelectorAll<HTMLDetailsElement>('.template-list details')]
      .at(-1)!
      .querySelector('input')!;
    await settle(() => document.activeElement === name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const stored = await dom.client.call('settings.get', {});
    expect(stored.messageTemplates).toHaveLength(DEFAULT_MESSAGE_TEMPLATES.length);
  });
});
