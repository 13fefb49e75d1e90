/**
 * Windows-1252 → string. Written out rather than `new TextDecoder('windows-1252')`
 * because Node's decoder (up to at least v20) treats the label as ISO-8859-1 and turns
 * 0x80–0x9F (€ ‚ „ … ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ) into invisible C1 controls.
 * Bytes 0x00–0x7F and 0xA0–0xFF map to the same code point; 0x81, 0x8D, 0x8F, 0x90 and
 * 0x9D are undefined and map to the same C1 code point, as the WHATWG Encoding spec does.
 */
const HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = Array.from(bytes.subarray(start, start + CHUNK), (b) =>
      b >= 0x80 && b <= 0x9f ? (HIGH[b - 0x80] ?? b) : b,
    );
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}
