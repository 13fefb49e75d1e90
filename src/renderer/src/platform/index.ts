import type { FieldlineBridge } from '../../../main/preload/api';
import { createBrowserPlatform } from './browser';
import { createElectronPlatform } from './electron';
import type { Platform } from './types';

/** Pick the platform once at start-up; nothing else in the UI asks where it runs. */
export async function createPlatform(): Promise<Platform> {
  const bridge = (window as { fieldline?: FieldlineBridge }).fieldline;
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
}

export type { Platform } from './types';
