import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  createPdfRenderer,
  htmlDataUrl,
  isPdfRequestAllowed,
  PDF_OPTIONS,
  renderHtmlToPdf,
} from '../../../src/main/pdf';
import type { PdfSession, PdfWindow } from '../../../src/main/pdf';

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

function setup() {
  let beforeRequest: BeforeRequest | undefined;
  let permissionRequest:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
  let permissionCheck: (() => boolean) | undefined;
  const session = {
    webRequest: { onBeforeRequest: (listener: BeforeRequest) => (beforeRequest = listener) },
    setPermissionRequestHandler: (h: typeof permissionRequest) => (permissionRequest = h),
    setPermissionCheckHandler: (h: () => boolean) => (permissionCheck = h),
  } as unknown as PdfSession;
  let loadedUrl = '';
  let existedWhileLoaded = false;
  const window: PdfWindow & { destroyed: boolean } = {
    destroyed: false,
    loadURL: vi.fn(async (url: string) => {
      loadedUrl = url;
      if (url.startsWith('file:')) existedWhileLoaded = existsSync(fileURLToPath(url));
    }),
    webContents: { printToPDF: vi.fn(async () => new Uint8Array([37, 80, 68, 70])) },
    isDestroyed: () => window.destroyed,
    destroy: () => void (window.destroyed = true),
  };
  const createWindow = vi.fn(() => window);
  const cancelled = (url: string) => {
    let result: boolean | undefined;
    beforeRequest?.({ url }, (response) => (result = response.cancel));
    return result;
  };
  return {
    deps: { getSession: () => session, createWindow },
    window,
    session,
    createWindow,
    cancelled,
    loaded: () => loadedUrl,
    existedWhileLoaded: () => existedWhileLoaded,
    permission: (name: string) => {
      let granted: boolean | undefined;
      permissionRequest?.({}, name, (g) => (granted = g));
      return { granted, check: permissionCheck?.() };
    },
  };
}

describe('renderHtmlToPdf', () => {
  it('loads the document as a data: URL in a throw-away window and prints it', async () => {
    const world = setup();
    const pdf = await renderHtmlToPdf('<h1>Hi</h1>', world.deps);
    expect(pdf).toEqual(new Uint8Array([37, 80, 68, 70]));
    expect(world.createWindow).toHaveBeenCalledWith(world.session);
    expect(world.loaded()).toBe(htmlDataUrl('<h1>Hi</h1>'));
    expect(world.window.webContents.printToPDF).toHaveBeenCalledWith(PDF_OPTIONS);
    expect(world.window.destroyed).toBe(true);
  });

  it('cancels every request of the PDF session except the document itself and inline data', async () => {
    const world = setup();
    await renderHtmlToPdf('<img src="https://tracker.example/p.gif">', world.deps);
    expect(world.cancelled('https://tracker.example/p.gif')).toBe(true);
    expect(world.cancelled('http://example.com/')).toBe(true);
    expect(world.cancelled('file:///etc/passwd')).toBe(true);
    expect(world.cancelled('app://fieldline/index.html')).toBe(true);
    expect(world.cancelled(world.loaded())).toBe(false);
    expect(world.permission('notifications')).toEqual({ granted: false, check: false });
  });

  it('renders very large documents from a temp file that is removed afterwards', async () => {
    const world = setup();
    const html = `<p>${'x'.repeat(2 * 1024 * 1024)}</p>`;
    await renderHtmlToPdf(html, world.deps);
    expect(world.loaded().startsWith('file:')).toBe(true);
    expect(world.existedWhileLoaded()).toBe(true);
    expect(existsSync(fileURLToPath(world.loaded()))).toBe(false);
    expect(world.cancelled(world.loaded())).toBe(false);
    expect(world.cancelled('file:///etc/passwd')).toBe(true);
  });

  it('destroys the window even when printing fails', async () => {
    const world = setup();
    world.window.webContents.printToPDF = vi.fn(async () => {
      throw new Error('printing failed');
    });
    await expect(renderHtmlToPdf('<p>x</p>', world.deps)).rejects.toThrow('printing failed');
    expect(world.window.destroyed).toBe(true);
  });
});

describe('createPdfRenderer', () => {
  it('renders one document at a time, and a failure does not block the next', async () => {
    const world = setup();
    let active = 0;
    let maxActive = 0;
    let calls = 0;
    world.window.webContents.printToPDF = vi.fn(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setImmediate(resolve));
      active--;
      if (++calls === 1) throw new Error('first fails');
      return new Uint8Array([calls]);
    });
    const render = createPdfRenderer(world.deps);
    const results = await Promise.allSettled([render('<p>1</p>'), render('<p>2</p>'), render('<p>3</p>')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(maxActive).toBe(1);
  });
});

describe('isPdfRequestAllowed', () => {
  it('allows only the exact document URL and data: URLs', () => {
    expect(isPdfRequestAllowed('data:text/html;base64,AA', 'data:text/html;base64,AA')).toBe(true);
    expect(isPdfRequestAllowed('data:image/png;base64,AA', 'file:///tmp/doc.html')).toBe(true);
    expect(isPdfRequestAllowed('file:///tmp/doc.html', 'file:///tmp/doc.html')).toBe(true);
    expect(isPdfRequestAllowed('file:///tmp/other.html', 'file:///tmp/doc.html')).toBe(false);
    expect(isPdfRequestAllowed('https://example.com/', 'file:///tmp/doc.html')).toBe(false);
  });
});
