/** Reads image dimensions from the files' own headers (PNG IHDR, ICO directory, ICNS table of contents). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.toString('ascii', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Sizes of the images in a .ico (0 in the directory means 256). */
export function icoSizes(bytes: Buffer): number[] {
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error('not an ICO');
  const count = bytes.readUInt16LE(4);
  return Array.from({ length: count }, (_, i) => bytes.readUInt8(6 + i * 16) || 256);
}

/** The element types in a .icns (e.g. ic10 = 1024 px, ic09 = 512, ic08 = 256, ic07 = 128). */
export function icnsTypes(bytes: Buffer): string[] {
  if (bytes.toString('ascii', 0, 4) !== 'icns') throw new Error('not an ICNS');
  const types: string[] = [];
  for (let offset = 8; offset + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(offset + 4);
    types.push(bytes.toString('ascii', offset, offset + 4));
    if (length < 8) break;
    offset += length;
  }
  return types;
}
