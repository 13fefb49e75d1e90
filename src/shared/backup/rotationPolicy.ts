/** The backup rotation in the rep's words (Settings → Backups); rotation.ts implements it. Pure text, safe for the renderer. */
export const ROTATION_SUMMARY =
  'Fieldline keeps the newest 3 backups, one per hour for the last day, one per day for the last 10 days, and at most 2 GB in all. ' +
  'When a backup is much smaller than the one before it, the earlier one is kept until you delete it.';
