import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintToPDFOptions, Session } from 'electron';

/** Chromium refuses URLs over 2 MiB; bigger documents go through a temp file instead. */
const MAX_DATA_URL_LENGTH = 2 * 1024 * 1024 - 1024;

export type PdfSession = Pick<
  Session,
  'webRequest' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler'
>;

export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface PdfDeps<S extends PdfSession> {
  /** An in-memory (non-persistent) session used only for PDF rendering. */
  getSession(): S;
  /** The locked-down window: hidden, JavaScript off, no preload, sandboxed, on `session`. */
  createWindow(session: S): PdfWindow;
}

/** In the PDF session only the document itself (and inline data: images) may load. */
export function isPdfRequestAllowed(url: string, documentUrl: string): boolean {
  return url === documentUrl || url.startsWith('data:');
}

export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

export const PDF_OPTIONS: PrintToPDFOptions = {
  printBackground: true,
  pageSize: 'A4',
  preferCSSPageSize: true,
};

/** Renders a self-contained HTML document to PDF bytes in a throw-away locked-down window. */
export async function renderHtmlToPdf<S extends PdfSession>(
  html: string,
  deps: PdfDeps<S>,
): Promise<Uint8Array> {
  let tempDir: string | null = null;
  let documentUrl = htmlDataUrl(html);
  if (documentUrl.length > MAX_DATA_URL_LENGTH) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'fieldline-pdf-'));
    const file = path.join(tempDir, 'document.html');
    await writeFile(file, html, 'utf8');
    documentUrl = pathToFileURL(file).href;
  }
  const session = deps.getSession();
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isPdfRequestAllowed(details.url, documentUrl) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const window = deps.createWindow(session);
  try {
    await window.loadURL(documentUrl);
    return await window.webContents.printToPDF(PDF_OPTIONS);
  } finally {
    if (!window.isDestroyed()) window.destroy();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/**
 * One render at a time: the PDF session's request filter allows exactly one document, so
 * concurrent renders would cancel each other's page.
 */
export function createPdfRenderer<S extends PdfSession>(
  deps: PdfDeps<S>,
): (html: string) => Promise<Uint8Array> {
  let queue: Promise<unknown> = Promise.resolve();
  return (html) => {
    const run = queue.then(() => renderHtmlToPdf(html, deps));
    queue = run.catch(() => undefined);
    return run;
  };
}
