import type { Platform } from '../platform/types';

/**
 * Browser mode opened with `?bench` (only `npm run bench` does that): expose the store
 * client so the benchmark can seed data and time store round trips from the page. Never
 * in Electron, never without the flag.
 */
export function exposeBenchHook(platform: Platform): void {
  if (platform.kind !== 'browser' || !new URLSearchParams(location.search).has('bench')) return;
  (window as { fieldlineBench?: { store: Platform['store'] } }).fieldlineBench = { store: platform.store };
}
