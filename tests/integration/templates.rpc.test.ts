import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RpcClient } from '../../src/shared/rpc/client';
import { fillPlaceholders, placeholderValues } from '../../src/shared/domains/templates';
import { messageTemplatesOf } from '../../src/shared/engine';
import type { MessageTemplate } from '../../src/shared/model';
import { startHarness, type Harness } from '../../src/shared/store/testing/harness';
import { sendTemplate } from '../../src/renderer/src/flows/templates/actions';
import type { Platform } from '../../src/renderer/src/platform/types';
import { setPlatform } from '../../src/renderer/src/state/session';

let h: Harness;
let client: RpcClient;
const openMailto = vi.fn(async (_url: string) => undefined);
beforeEach(async () => {
  h = await startHarness();
  client = h.connect();
  openMailto.mockClear();
  setPlatform({ kind: 'browser', store: client, openMailto } as unknown as Platform);
});
afterEach(async () => {
  await h.close();
});

async function leadWithMaria() {
  const deal = await client.call('deals.create', {
    title: 'Fleet telematics',
    companyName: 'Ironbark Capital',
    contactName: 'Maria Lopez',
    contactEmail: 'maria@ironbark.example',
    source: 'event',
    value: 12_000,
  });
  return client.call('deals.get', { id: deal.id });
}

/** A default template filled for the deal's first contact, and sending it as the dialog does. */
async function filled(templateId: string, detail: Awaited<ReturnType<typeof leadWithMaria>>) {
  const settings = await client.call('settings.get', {});
  const template = messageTemplatesOf(settings).find((t) => t.id === templateId)!;
  const [pipeline] = await client.call('pipelines.list', {});
  const contact = detail.contacts[0]?.contact ?? null;
  const values = placeholderValues({
    deal: detail.deal,
    contact,
    stageName: pipeline!.stages.find((s) => s.id === detail.deal.stageId)?.name ?? '',
    followUps: detail.followUps,
    repName: settings.repName ?? '',
    formatDay: (at) => new Date(at).toISOString().slice(0, 10),
  });
  const subject = fillPlaceholders(template.subject, values);
  const body = fillPlaceholders(template.body, values);
  const send = () =>
    sendTemplate({
      kind: template.kind,
      dealId: detail.deal.id,
      contactId: contact?.id ?? null,
      to: contact?.email ?? '',
      subject: subject.text,
      body: body.text,
    });
  return { contact, subject, body, send };
}

describe('templates through the RPC transport', () => {
  it('the rep name and templates are kept in Settings, the defaults before any were saved', async () => {
    const before = await client.call('settings.get', {});
    expect(messageTemplatesOf(before).map((t) => t.stageKind)).toEqual(
      expect.arrayContaining(['lead-generation', 'nurturing', 'mql', 'sal', 'sql', 'closed', 'post-sale']),
    );
    const mine: MessageTemplate = {
      id: 'mine',
      kind: 'call',
      name: 'Quick check-in',
      stageKind: null,
      subject: 'Check-in with {{firstName}}',
      body: 'Hi {{firstName}}',
    };
    await client.call('settings.update', { patch: { repName: 'Sam Rep', messageTemplates: [mine] } });
    const after = await client.call('settings.get', {});
    expect(after.repName).toBe('Sam Rep');
    expect(messageTemplatesOf(after)).toEqual([mine]);
    await expect(
      client.call('settings.update', { patch: { messageTemplates: [{ ...mine, name: '  ' }] } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('sending an e-mail template opens the exact mailto: and logs the e-mail on the timeline', async () => {
    await client.call('settings.update', { patch: { repName: 'Sam Rep' } });
    const detail = await leadWithMaria();
    const { contact, subject, body, send } = await filled('lead-first-touch', detail);
    expect(subject.unfilled).toEqual([]);
    expect(body.unfilled).toEqual([]);

    await send();

    expect(subject.text).toBe('Ironbark Capital: what you are trying to solve');
    expect(openMailto).toHaveBeenCalledTimes(1);
    const url = openMailto.mock.calls[0]![0];
    expect(url).toBe(
      `mailto:maria@ironbark.example?subject=${encodeURIComponent(subject.text)}&body=${encodeURIComponent(
        body.text.replace(/\n/g, '\r\n'),
      )}`,
    );
    expect(decodeURIComponent(url)).toContain('Hi Maria,');
    expect(decodeURIComponent(url)).toContain('Sam Rep');

    const after = await client.call('deals.get', { id: detail.deal.id });
    const logged = after.activities.filter((a) => a.type === 'email');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      contactId: contact!.id,
      subject: 'Ironbark Capital: what you are trying to solve',
      body: body.text,
    });
    expect(logged[0]!.body).toMatch(/^Hi Maria,\n/);
  });

  it('a message with a placeholder left is refused: nothing is opened and nothing logged', async () => {
    const detail = await leadWithMaria(); // no rep name in Settings: {{myName}} has no value
    const { body, send } = await filled('lead-first-touch', detail);
    expect(body.unfilled).toEqual(['{{myName}}']);
    await expect(send()).rejects.toThrow(/placeholder/);
    expect(openMailto).not.toHaveBeenCalled();
    const after = await client.call('deals.get', { id: detail.deal.id });
    expect(after.activities.filter((a) => a.type === 'email')).toEqual([]);
  });

  it('a call script is logged as a call with the script as its note, and opens nothing', async () => {
    const detail = await leadWithMaria();
    await sendTemplate({
      kind: 'call',
      dealId: detail.deal.id,
      contactId: null,
      to: '',
      subject: 'Qualifying call with Maria',
      body: 'Asked about budget.',
    });
    expect(openMailto).not.toHaveBeenCalled();
    const after = await client.call('deals.get', { id: detail.deal.id });
    expect(after.activities.find((a) => a.type === 'call')).toMatchObject({
      subject: 'Qualifying call with Maria',
      body: 'Asked about budget.',
    });
  });
});
