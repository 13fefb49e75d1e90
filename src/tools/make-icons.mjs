#!/usr/bin/env node
// Renders every icon the OSes need from ONE source (resources/icons/fieldline.svg, 1024 px):
//   resources/icon.png (512, window + tray on Windows/Linux), resources/packaging/icon.png (1024),
//   resources/packaging/icons/<n>x<n>.png (Linux: 16…1024), icon.ico (Windows), icon.icns (macOS),
//   resources/trayTemplate.png + @2x (macOS menu bar, from trayTemplate.svg).
// Run after changing a source SVG: `node src/tools/make-icons.mjs`; the outputs are committed.
// Libraries: @resvg/resvg-js (SVG → PNG, prebuilt, no system deps), png2icons (ICO/ICNS, pure JS).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const root = fileURLToPath(new URL('../..', import.meta.url));
const at = (...parts) => path.join(root, ...parts);

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

const render = (svgFile, size) =>
  new Resvg(readFileSync(svgFile), { fitTo: { mode: 'width', value: size } }).render().asPng();

const app = at('resources/icons/fieldline.svg');
const tray = at('resources/icons/trayTemplate.svg');
mkdirSync(at('resources/packaging/icons'), { recursive: true });
const master = render(app, 1024);
writeFileSync(at('resources/packaging/icon.png'), master);
for (const size of LINUX_SIZES)
  writeFileSync(at(`resources/packaging/icons/${size}x${size}.png`), render(app, size));
writeFileSync(at('resources/icon.png'), render(app, 512));
writeFileSync(
  at('resources/packaging/icon.ico'),
  png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true),
);
writeFileSync(at('resources/packaging/icon.icns'), png2icons.createICNS(master, png2icons.BICUBIC2, 0));
writeFileSync(at('resources/trayTemplate.png'), render(tray, 16));
writeFileSync(at('resources/trayTemplate@2x.png'), render(tray, 32));
console.log('icons written from resources/icons/*.svg');
