/**
 * Test helper: components rendered with react-dom in jsdom against the real store (fake
 * IndexedDB, real RPC transport). Call `renderedWithStore()` at the top of a test file; it
 * starts a fresh store and a mount point before each test and removes them after.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import type { RpcClient } from '../../../shared/rpc/client';
import { startHarness, type Harness } from '../../../shared/store/testing/harness';
import type { Platform } from '../platform/types';
import { setPlatform } from '../state/session';

export function renderedWithStore() {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // A store on fake IndexedDB in jsdom is slow on a busy 2-core machine: never fail on time.
  vi.setConfig({ testTimeout: 30_000 });
  let h: Harness;
  let client: RpcClient;
  let root: Root;
  let host: HTMLDivElement;

  beforeEach(async () => {
    h = await startHarness();
    client = h.connect();
    setPlatform({
      kind: 'browser',
      store: client,
      onReconnect: () => () => undefined,
    } as unknown as Platform);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    act(() => root.unmount());
    host.remove();
    await h.close();
  });

  return {
    /** The store host itself (its database), to check what a component really wrote. */
    get harness() {
      return h;
    },
    get client() {
      return client;
    },
    get root() {
      return root;
    },
    get host() {
      return host;
    },
    /** Let store calls and the re-renders they cause settle. */
    async settle(until: () => boolean, tries = 200) {
      for (let i = 0; i < tries && !until(); i++) {
        await act(() => new Promise((r) => setTimeout(r, 10)));
      }
      expect(until()).toBe(true);
    },
    byText: (text: string, selector = 'button') =>
      [...host.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.trim() === text),
    byLabel: (label: string) =>
      [...host.querySelectorAll<HTMLElement>('[aria-label]')].find(
        (el) => el.getAttribute('aria-label') === label,
      ),
    type(input: HTMLInputElement | HTMLSelectElement, value: string) {
      const proto =
        input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
      input.dispatchEvent(
        new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
      );
    },
    async click(el: HTMLElement | null | undefined) {
      expect(el).toBeTruthy();
      await act(async () => el!.click());
    },
  };
}
