import {
  decodeCsvBytes,
  parseCsv,
  type CsvDelimiter,
  type CsvEncoding,
  type ParsedCsv,
} from '../../../../shared/domains/import';

export interface ParseRequest {
  bytes: ArrayBuffer;
  /** Overrides chosen by the rep; otherwise detected. */
  encoding?: CsvEncoding;
  delimiter?: CsvDelimiter;
}

export interface ParsedFile extends ParsedCsv {
  encoding: CsvEncoding;
  hadBom: boolean;
}

export type ParsePhase = 'decoding' | 'parsing';

/** Decode the bytes and parse them (pure; runs in the worker or, without one, in the page). */
export function parseCsvFile(
  request: ParseRequest,
  onPhase: (phase: ParsePhase) => void = () => undefined,
): ParsedFile {
  onPhase('decoding');
  const decoded = decodeCsvBytes(new Uint8Array(request.bytes), request.encoding);
  onPhase('parsing');
  const parsed = parseCsv(decoded.text, request.delimiter ? { delimiter: request.delimiter } : {});
  return { ...parsed, encoding: decoded.encoding, hadBom: decoded.hadBom };
}

type WorkerMessage =
  | { type: 'progress'; phase: ParsePhase }
  | { type: 'done'; result: ParsedFile }
  | { type: 'error'; message: string };

/**
 * Parse in a Web Worker (the bytes are copied, so the caller keeps them for a re-parse
 * with other settings); in the page when workers are not available.
 */
export function parseInBackground(
  request: ParseRequest,
  onPhase: (phase: ParsePhase) => void,
): Promise<ParsedFile> {
  if (typeof Worker === 'undefined') return Promise.resolve(parseCsvFile(request, onPhase));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./csvParse.worker.ts', import.meta.url), {
      type: 'module',
      name: 'fieldline-csv',
    });
    const copy = request.bytes.slice(0);
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onPhase(message.phase);
      worker.terminate();
      if (message.type === 'done') resolve(message.result);
      else reject(new Error(message.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The file could not be read.'));
    });
    worker.postMessage({ ...request, bytes: copy }, [copy]);
  });
}
