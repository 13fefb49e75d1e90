import { describe, expect, it } from 'vitest';
import { mapRows } from '../../../../shared/domains/import';
import { mapRowsInChunks } from './mapInChunks';

const options = { stageMap: {}, sourceMap: {}, defaultStageId: 'st-1', defaultSource: 'event' as const };

describe('mapRowsInChunks', () => {
  it('gives the same candidates and rejects as one mapRows call, and reports progress to the end', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => [
      i % 7 === 0 ? '' : `Deal ${i}`,
      i % 11 === 0 ? 'lots' : String(i),
    ]);
    const rowNumbers = rows.map((_, i) => i * 2 + 3);
    const mapping = { title: 0, value: 1 };
    const progress: number[] = [];
    const chunked = await mapRowsInChunks(rows, rowNumbers, mapping, options, (done) => progress.push(done));
    expect(chunked).toEqual(mapRows(rows, mapping, { ...options, rowNumbers }));
    expect(progress).toEqual([2000, 4000, 4500]);
  });
});
