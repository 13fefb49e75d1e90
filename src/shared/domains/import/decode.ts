import { decodeWindows1252 } from './windows-1252';

export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
  /** The bytes started with a UTF-8 byte-order mark (it is not part of `text`). */
  hadBom: boolean;
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Turn the bytes of a CSV file into text. A UTF-8 BOM is stripped. Without an explicit
 * `encoding`, the bytes are decoded as UTF-8 when they are valid UTF-8 and as
 * Windows-1252 (what Excel on Windows writes for "CSV") otherwise. An explicit encoding
 * always wins (the UI offers it as an override when names look garbled).
 */
export function decodeCsvBytes(bytes: Uint8Array, encoding?: CsvEncoding): DecodedCsv {
  const hadBom = bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b);
  const chosen = encoding ?? (hadBom || isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
  const body = hadBom && chosen === 'utf-8' ? bytes.subarray(3) : bytes;
  const text =
    chosen === 'utf-8' ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(body) : decodeWindows1252(body);
  return { text, encoding: chosen, hadBom };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
