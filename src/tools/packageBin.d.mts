// Types for packageBin.mjs.
export function packageBin(root: string, pkg: string, command?: string): string;
export function nodeCommand(root: string, pkg: string, command: string | undefined, args: string[]): string[];
