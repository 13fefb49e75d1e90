import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from './fakeElectron';
import { createAppProtocolHandler, registerAppScheme } from '../../../src/main/protocol';
import {
  CONTENT_SECURITY_POLICY,
  HEADER_ONLY_DIRECTIVES,
  META_CONTENT_SECURITY_POLICY,
} from '../../../src/shared/csp';
import { cspMeta } from '../../../src/renderer/cspMeta';
import type { AppRequest } from '../../../src/main/protocol';

vi.mock('electron', async () => (await import('./fakeElectron')).electronModule);

let dir: string;
let root: string;
let handle: (request: AppRequest) => Promise<Response>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'fieldline-protocol-'));
  root = path.join(dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Fieldline</title>');
  await writeFile(path.join(root, 'store-host.html'), '<!doctype html><title>store</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'secret.txt'), 'top secret');
  await symlink(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  handle = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Raw request: the URL exactly as written, as a hostile or buggy caller could send it. */
const get = (url: string, method = 'GET') => handle({ url, method });

describe('app:// handler', () => {
  it('serves index.html for / with the strict CSP header', async () => {
    const response = await get('app://fieldline/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Fieldline</title>');
  });

  it('puts the CSP on every HTML page and serves scripts with a JavaScript type', async () => {
    expect((await get('app://fieldline/store-host.html')).headers.get('content-security-policy')).toBe(
      CONTENT_SECURITY_POLICY,
    );
    const script = await get('app://fieldline/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1)');
  });

  it.each([
    'app://fieldline/../secret.txt',
    'app://fieldline/%2e%2e/secret.txt',
    'app://fieldline/assets%2F..%2F..%2Fsecret.txt',
    'app://fieldline/assets\\..\\..\\secret.txt',
    'app://fieldline//etc/passwd',
    'app://fieldline/index.html%00.js',
  ])('refuses %s with 403 and never reads outside the bundle', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('top secret');
  });

  it('a URL normalised by the platform (dot segments removed) still reads nothing outside', async () => {
    for (const url of [
      'app://fieldline/../secret.txt',
      'app://fieldline/%2e%2e/secret.txt',
      'app://fieldline/assets/../../secret.txt',
    ]) {
      const response = await handle(new Request(url));
      expect([403, 404]).toContain(response.status);
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('refuses a symlink that leads outside the bundle', async () => {
    const response = await get('app://fieldline/assets/link.txt');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('top secret');
  });

  it('answers 404 for missing files, directories and other hosts', async () => {
    expect((await get('app://fieldline/missing.js')).status).toBe(404);
    expect((await get('app://fieldline/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get('app://fieldline/index.html', 'POST')).status).toBe(405);
    const head = await get('app://fieldline/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

/** A policy as directive → sources. */
const directivesOf = (policy: string): Record<string, string[]> =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );

/** What the build's cspMeta plugin writes into index.html. */
function builtPagePolicy(): string {
  const hook = cspMeta().transformIndexHtml as {
    handler: (html: string, ctx: { filename: string }) => string;
  };
  const html = hook.handler('<html><head></head></html>', { filename: '/src/renderer/index.html' });
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error('the built page has no CSP meta');
  return content;
}

describe('CSP', () => {
  it('the protocol handler and the built page use the same policy (the header adds only what a meta cannot carry)', async () => {
    const page = await get('app://fieldline/index.html');
    const header = directivesOf(page.headers.get('content-security-policy') ?? '');
    const meta = directivesOf(builtPagePolicy());
    expect(builtPagePolicy()).toBe(META_CONTENT_SECURITY_POLICY);
    expect(Object.keys(header).sort()).toEqual([...Object.keys(meta), ...HEADER_ONLY_DIRECTIVES].sort());
    for (const [name, sources] of Object.entries(meta)) expect(header[name]).toEqual(sources);
  });

  it('allows nothing remote and no eval', () => {
    const directives = directivesOf(CONTENT_SECURITY_POLICY);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|wss?:|\*/);
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const [[schemes]] = protocol.registerSchemesAsPrivileged.mock.calls as [
      [{ privileges: Record<string, boolean> }[]],
    ];
    expect(schemes[0]?.privileges['corsEnabled']).toBeUndefined();
    expect(schemes[0]?.privileges['bypassCSP']).toBeUndefined();
  });
});
