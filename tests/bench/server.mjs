// Build the browser-mode app and serve it with `vite preview` for the benchmark.
import { spawn, spawnSync } from 'node:child_process';

export function buildWeb(root, outDir) {
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'src/renderer/vite.web.config.mts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, FIELDLINE_WEB_OUT: outDir },
    },
  );
  if (result.status !== 0) throw new Error('vite build failed');
}

/** True when something already answers on `url`. */
const answers = (url) =>
  fetch(url).then(
    () => true,
    () => false,
  );

/**
 * Serve `outDir` on `port` with `vite preview`. Refuses a port something already answers on: the
 * bench would measure whatever build (or other app) is served there, not `outDir`.
 */
export async function startPreview(root, outDir, port) {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url))
    throw new Error(`port ${port} is already in use (${url} answers): pick another (BENCH_PORT, AB_*_PORT)`);
  const child = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'src/renderer/vite.web.config.mts',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  let exited = null;
  child.on('exit', (code) => (exited = code));
  for (let i = 0; i < 200 && exited === null; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (exited === null) process.kill(-child.pid);
  throw new Error(
    `vite preview did not start on port ${port}${exited === null ? '' : ` (it exited with ${exited})`}`,
  );
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * One origin serving either of several built folders (`use(name)` switches): two builds A/B'd
 * against the SAME IndexedDB (an origin's database), so a large seeded board is seeded once.
 */
export async function startSwitchServer(dirs, port) {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, join, normalize } = await import('node:path');
  let current = Object.keys(dirs)[0];
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = join(dirs[current], path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    use: (name) => (current = name),
    stop: () => server.close(),
  };
}
