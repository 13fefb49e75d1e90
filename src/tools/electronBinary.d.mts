/** Types of electronBinary.mjs (a plain Node script npm runs before any build). */
export type Resolved =
  { path: string; source: string; missing?: undefined } | { path?: undefined; missing: string[] };
export function platformExecutable(platform: string): string;
export function resolveElectronBinary(options: {
  env: Record<string, string | undefined>;
  platform: string;
  electronDir: string;
  exists?: (file: string) => boolean;
  read?: (file: string) => string;
}): Resolved;
export function electronVersion(electronDir: string, read?: (file: string) => string): string;
export function missingElectronMessage(options: {
  version: string;
  platform: string;
  arch: string;
  cacheDir: string;
  reason?: string;
  overridden?: boolean;
}): string;
export function defaultElectronCache(
  env: Record<string, string | undefined>,
  platform: string,
  home: string,
): string;
