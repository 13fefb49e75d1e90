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

export async function startPreview(root, outDir, port) {
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
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(-child.pid);
  throw new Error('vite preview did not start');
}
