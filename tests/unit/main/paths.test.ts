import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePaths, devServerUrl, pageUrl } from '../../../src/main/paths';
import { trayItemFor } from '../../../src/main/followUpSummary';
import type { AgendaItem } from '../../../src/shared/domains/followUps/contract';

describe('paths', () => {
  it('finds the preloads, renderer and images next to the built main bundle, wherever the app was started from', () => {
    const paths = bundlePaths('/app/out/main');
    expect(paths.uiPreload).toBe(path.join('/app/out/preload/ui.js'));
    expect(paths.storeHostPreload).toBe(path.join('/app/out/preload/storeHost.js'));
    expect(paths.rendererRoot).toBe(path.join('/app/out/renderer'));
    expect(paths.icon).toBe(path.join('/app/out/resources/icon.png'));
    expect(paths.trayTemplate).toBe(path.join('/app/out/resources/trayTemplate.png'));
    // Inside an installed app the bundle lives in app.asar; the images are beside it there too.
    expect(bundlePaths('/opt/Fieldline/resources/app.asar/out/main').icon).toBe(
      path.join('/opt/Fieldline/resources/app.asar/out/resources/icon.png'),
    );
  });

  it('serves pages from app:// unless a local dev server is given', () => {
    expect(pageUrl('index.html')).toBe('app://fieldline/index.html');
    expect(pageUrl('store-host.html', 'http://localhost:5173')).toBe('http://localhost:5173/store-host.html');
  });

  it('trusts ELECTRON_RENDERER_URL only unpackaged and only for a local http server', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe(
      'http://localhost:5173',
    );
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, true)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeUndefined();
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'not a url' }, false)).toBeUndefined();
    expect(devServerUrl({}, false)).toBeUndefined();
  });
});

describe('trayItemFor', () => {
  const base = {
    id: 'f1',
    dealId: 'd1',
    contactId: null,
    dueAt: 5,
    hasTime: true,
    type: 'call',
    note: 'ring back',
    status: 'open',
    firedAt: null,
    completedAt: null,
    createdAt: 1,
    updatedAt: 1,
  } as const;
  it('names the follow-up by type, deal and company', () => {
    const item: AgendaItem = { ...base, dealTitle: 'Renewal', companyName: 'Acme' };
    expect(trayItemFor(item)).toEqual({ id: 'f1', dealId: 'd1', title: 'Call · Renewal (Acme)', dueAt: 5 });
    expect(trayItemFor({ ...base, dealId: null, dealTitle: '', companyName: '' }).title).toBe(
      'Call · ring back',
    );
  });
});
