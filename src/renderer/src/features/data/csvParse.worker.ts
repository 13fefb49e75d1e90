// Decoding and parsing a CSV file off the main thread, so a large import keeps the UI responsive.
import { errorText } from '../../../../shared/errorText';
import { parseCsvFile, type ParseRequest } from './parseFile';

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const post = (message: unknown) => (self as unknown as Worker).postMessage(message);
  try {
    post({ type: 'done', result: parseCsvFile(event.data, (phase) => post({ type: 'progress', phase })) });
  } catch (error) {
    post({ type: 'error', message: errorText(error) });
  }
});
