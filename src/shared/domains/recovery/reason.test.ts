import { describe, expect, it } from 'vitest';
import { explainOpenFailure } from './reason';

const named = (name: string, message: string, inner?: string) =>
  Object.assign(new Error(message), { name }, inner ? { inner: { name: inner } } : {});

describe('explainOpenFailure', () => {
  it.each([
    [named('QuotaExceededError', 'no space'), /^The disk is full/],
    [named('OpenFailedError', 'wrapped', 'QuotaExceededError'), /^The disk is full/],
    [named('VersionError', 'requested version is less'), /newer version of Fieldline/],
    [
      named('UpgradeError', 'Not yet support for changing primary key'),
      /structure of the database is damaged/,
    ],
    [named('OpenFailedError', 'open blocked'), /locked/],
    [named('UnknownError', 'Internal error opening backing store'), /appears to be damaged/],
    [named('Error', 'something else'), /^Its data could not be read/],
  ])('%s', (error, plain) => {
    const text = explainOpenFailure(error);
    expect(text).toMatch(plain);
    expect(text).toContain(`(${error.name}: ${error.message})`);
  });

  it('describes a thrown non-error too', () => {
    expect(explainOpenFailure('boom')).toBe('Its data could not be read. (boom)');
  });
});
