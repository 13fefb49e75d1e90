/**
 * How Fieldline compares names everywhere (duplicate deals, company matching, stage, reason
 * and industry names): trimmed, case-insensitive, and any run of spaces counts as one.
 */
export const nameKey = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');
