/**
 * The main process's log: a rotating file under userData/logs (electron-log's Node flavour:
 * it writes files and registers no IPC handler, so the renderer gets no logging channel).
 * `main.log` rolls over at 1 MB into main.1.log … main.4.log (oldest dropped).
 */
import { errorText } from '../shared/errorText';
import fs from 'node:fs';
import path from 'node:path';
import log from 'electron-log/node';

export interface MainLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  /** The file being written, shown in error dialogs and opened from Help. */
  readonly file: string;
  readonly dir: string;
}

export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 4;

/** Shifts main.log → main.1.log → … → main.<keep>.log; the oldest is dropped. */
export function rotateLogFiles(
  file: string,
  keep: number,
  fsApi: Pick<typeof fs, 'existsSync' | 'renameSync' | 'rmSync'> = fs,
): void {
  const { dir, name, ext } = path.parse(file);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  fsApi.rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (fsApi.existsSync(numbered(n))) fsApi.renameSync(numbered(n), numbered(n + 1));
  }
  fsApi.renameSync(file, numbered(1));
}

const describe = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

/** Configures the file log in `dir` (created if missing). Console output stays for `npm start`. */
export function createMainLog(dir: string): MainLog {
  const file = path.join(dir, 'main.log');
  fs.mkdirSync(dir, { recursive: true });
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.archiveLogFn = (old) => rotateLogFiles(old.toString(), LOG_KEEP);
  log.transports.console.level = 'warn';
  return {
    file,
    dir,
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, error) =>
      error === undefined ? log.error(message) : log.error(`${message}\n${describe(error)}`),
  };
}

/** A log that only writes to the console: what is left when the log folder cannot be made. */
function consoleOnlyLog(dir: string): MainLog {
  return {
    file: path.join(dir, 'main.log'),
    dir,
    info: (message) => console.info(message),
    warn: (message) => console.warn(message),
    error: (message, error) => console.error(message, error ?? ''),
  };
}

/**
 * The main log, or — when its folder cannot be created (the data folder is read-only, a file,
 * on a missing drive) — a console-only log plus the `problem`, which the start-up reports as a
 * failure: the rep's data could not be written there either.
 */
export function openMainLog(dir: string): { log: MainLog; problem: Error | null } {
  try {
    return { log: createMainLog(dir), problem: null };
  } catch (error) {
    const cause = errorText(error);
    return { log: consoleOnlyLog(dir), problem: new Error(`its data folder cannot be written (${cause})`) };
  }
}

/** Sends uncaught exceptions and unhandled rejections to the log (they are never silent). */
export function logProcessErrors(
  target: Pick<NodeJS.Process, 'on'>,
  mainLog: Pick<MainLog, 'error'>,
  onFatal?: (error: unknown) => void,
): void {
  target.on('uncaughtException', (error) => {
    mainLog.error('uncaught exception in the main process', error);
    onFatal?.(error);
  });
  target.on('unhandledRejection', (reason) =>
    mainLog.error('unhandled promise rejection in the main process', reason),
  );
}
