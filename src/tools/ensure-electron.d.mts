/** Types of ensure-electron.mjs (a plain Node script npm runs before any build). */
export function ensureElectron(options?: {
  env?: Record<string, string | undefined>;
  log?: (message: string) => void;
}):
  | { path: string; missing?: undefined; reason?: undefined }
  | { path?: undefined; missing: string; reason: string };
export function firstErrorLine(output: string): string;
