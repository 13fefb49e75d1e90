export type { HandoffDoc } from './types';
export { renderHandoffMarkdown } from './markdown';
export { renderHandoffHtml } from './html';
export { handoffMailto, MAILTO_MAX_LENGTH } from './mailto';
export { handoffFileName } from './filename';
