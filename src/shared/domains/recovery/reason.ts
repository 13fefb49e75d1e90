/** Why the database would not open, in words a rep can act on (pure). */
export function explainOpenFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const kind = [name, inner];
  let plain = 'Its data could not be read.';
  if (kind.includes('QuotaExceededError')) plain = 'The disk is full, so the database could not be opened.';
  else if (kind.includes('VersionError')) plain = 'The database was written by a newer version of Fieldline.';
  else if (kind.includes('UpgradeError') || kind.includes('SchemaError'))
    plain = 'The structure of the database is damaged or not one this version of Fieldline knows.';
  else if (
    kind.includes('InvalidStateError') ||
    kind.includes('DatabaseClosedError') ||
    /blocked/i.test(detail)
  ) {
    plain = 'The database is locked, perhaps by another Fieldline window.';
  } else if (kind.includes('UnknownError') || kind.includes('DataError'))
    plain = 'The database file appears to be damaged.';
  return `${plain} (${detail})`;
}
