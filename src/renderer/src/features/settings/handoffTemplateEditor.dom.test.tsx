/**
 * The handoff template editor (Settings) against the real store, rendered with react-dom in
 * jsdom: edits are saved through the store and new checklists use them.
 */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { createWonDeal } from '../../../../shared/domains/handoff/testing/wonDeal';
import { renderedWithStore } from '../../testing/storeDom';
import { HandoffTemplateEditor } from './HandoffTemplateEditor';

const dom = renderedWithStore();
const { settle, byText, byLabel, type, click } = dom;

describe('HandoffTemplateEditor', () => {
  it('renames, adds and reorders, saves through the store, and new checklists use it', async () => {
    act(() => dom.root.render(<HandoffTemplateEditor />));
    await settle(() => !!dom.host.querySelector('.template-section'));
    const save = () => byText('Save template') as HTMLButtonElement;
    expect(save().disabled).toBe(true);

    const firstTitle = dom.host.querySelector<HTMLInputElement>('.template-title input')!;
    await act(async () => type(firstTitle, 'Why they bought'));
    const newSection = dom.host.querySelector<HTMLInputElement>('input[placeholder="New section title…"]')!;
    await act(async () => type(newSection, 'Data migration'));
    await click(byText('Add section'));
    await click(byLabel('Move section "Data migration" up'));
    expect(dom.host.textContent).toContain('Unsaved changes');

    await click(save());
    await settle(() => dom.host.querySelector('.template-actions [role="status"]')?.textContent === 'Saved');
    const stored = (await dom.client.call('settings.get', {})).handoffTemplate;
    expect(stored[0]!.title).toBe('Why they bought');
    expect(stored.at(-2)).toEqual({ key: 'data-migration', title: 'Data migration', items: [] });

    act(() => dom.root.render(null));
    const { deal } = await createWonDeal(dom.client);
    const checklist = await dom.client.call('handoff.get', { dealId: deal.id });
    expect(checklist?.sections[0]).toMatchObject({ key: 'priorities', title: 'Why they bought' });
    expect(checklist?.sections.map((s) => s.key)).toContain('data-migration');
  });

  it('will not save a blank title and says why', async () => {
    act(() => dom.root.render(<HandoffTemplateEditor />));
    await settle(() => !!dom.host.querySelector('.template-section'));
    await act(async () => type(dom.host.querySelector<HTMLInputElement>('.template-title input')!, '  '));
    expect(dom.host.textContent).toContain('Section 1 needs a title.');
    expect((byText('Save template') as HTMLButtonElement).disabled).toBe(true);
  });
});
