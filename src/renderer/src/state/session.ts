import type { Platform } from '../platform/types';

let current: Platform | null = null;

/** Set once at start-up by main.tsx. */
export function setPlatform(platform: Platform): void {
  current = platform;
}

/** The platform for actions and queries; features never construct one themselves. */
export function platform(): Platform {
  if (!current) throw new Error('The platform is not ready yet.');
  return current;
}
