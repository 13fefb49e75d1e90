/** The backup rotation in the rep's words (Settings → Backups); rotation.ts implements it. Pure text, safe for the renderer. */
export const ROTATION_SUMMARY =
  'Fieldline keeps the newest 3 backups, one per hour for the last day, one per day for the last 10 days, and at most 512 MB in all (past that, hourly copies go first, then the oldest daily ones). ' +
  'When a backup is much smaller than the one before it, the earlier one is kept until you delete it.';
