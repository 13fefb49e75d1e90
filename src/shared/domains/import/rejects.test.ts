import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { rejectsToCsv } from './rejects';

describe('rejectsToCsv', () => {
  it('writes the original columns plus Reason, padded and formula-safe', () => {
    const csv = rejectsToCsv(
      ['Title', 'Company', 'Value'],
      [
        { row: 3, values: ['=HYPERLINK("x")', 'Acme, Inc.'], reason: 'Value "" is not a number.' },
        {
          row: 5,
          values: ['Ok', 'Globex', '-5', 'extra'],
          reason: 'Value "-5" is negative; deal values must be 0 or more.',
        },
      ],
    );
    expect(csv).toBe(
      'Title,Company,Value,Reason\r\n' +
        '"\'=HYPERLINK(""x"")","Acme, Inc.",,"Value """" is not a number."\r\n' +
        'Ok,Globex,"\'-5","Value ""-5"" is negative; deal values must be 0 or more."',
    );
    expect(Papa.parse<string[]>(csv).data[2]).toEqual([
      'Ok',
      'Globex',
      "'-5",
      'Value "-5" is negative; deal values must be 0 or more.',
    ]);
  });

  it('adds a BOM on request', () => {
    expect(rejectsToCsv(['A'], [], { bom: true })).toBe('\uFEFFA,Reason');
  });
});
