import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { protocol } from './fakeElectron';
import {
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  registerAppScheme,
} from '../../../src/main/protocol';
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

describe('CSP', () => {
  it('allows nothing remote and no eval', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
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
