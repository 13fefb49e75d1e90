export type { HandoffDoc } from './types';
export { renderHandoffMarkdown } from './markdown';
export { renderHandoffHtml, HANDOFF_CSP } from './html';
export { handoffMailto, MAILTO_MAX_LENGTH, TRUNCATION_NOTE } from './mailto';
export { handoffFileName, safeFileName, FILE_NAME_MAX } from './filename';
export { handoffPlainTextLines } from './plaintext';
export { escapeHtml, escapeMarkdown } from './escape';
