// Types of the part of upgrade.mjs the unit tests call.
export function previousSchema(root: string): {
  current: number;
  previous: number | null;
  tables: Record<string, string> | null;
};
