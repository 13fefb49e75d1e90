import { errorText } from '../shared/errorText';
/**
 * A start-up that fails is never silent: the cause goes to the log, a native error dialog
 * says what happened and where the log is, and the app exits non-zero.
 */
export interface StartupFailureDeps {
  showErrorBox(title: string, content: string): void;
  exit(code: number): void;
  log(message: string, error: unknown): void;
  logFile: string;
}

export function startupErrorText(error: unknown, logFile: string): string {
  const cause = errorText(error);
  return `Fieldline could not start: ${cause}\n\nYour data has not been changed. Details are in the log:\n${logFile}\n\nIf this keeps happening, send that file to support.`;
}

export function reportStartupFailure(error: unknown, deps: StartupFailureDeps): void {
  try {
    deps.log('start-up failed', error);
  } catch {
    // the log itself may be what failed; the dialog still tells the rep
  }
  try {
    deps.showErrorBox('Fieldline could not start', startupErrorText(error, deps.logFile));
  } finally {
    deps.exit(1);
  }
}

/** Runs the start-up; any throw or rejection is reported as above. */
export async function runStartup(start: () => void | Promise<void>, deps: StartupFailureDeps): Promise<void> {
  try {
    await start();
  } catch (error) {
    reportStartupFailure(error, deps);
  }
}
