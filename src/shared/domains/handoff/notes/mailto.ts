import { handoffPlainTextLines } from './plaintext';
import type { HandoffDoc } from './types';

/** Longest `mailto:` URL we hand to the OS; some mail clients cut links near 2,000. */
export const MAILTO_MAX_LENGTH = 1900;
const SUBJECT_MAX = 160;
const CRLF = '\r\n';
export const TRUNCATION_NOTE =
  '[The notes were shortened to fit an e-mail link. The full handoff document is attached or will follow.]';

const enc = (text: string): string => encodeURIComponent(text);

/** Recipient(s) as typed; `@` kept readable, everything else percent-encoded. */
function encodeRecipient(to: string): string {
  return enc(to.replace(/[\r\n]/g, '').trim()).replace(/%40/g, '@');
}

function subjectOf(doc: HandoffDoc): string {
  const company = (doc.company?.name || doc.deal.companyName).trim();
  const title = doc.deal.title.trim();
  const raw = company && company !== title ? `Handoff: ${title} (${company})` : `Handoff: ${title}`;
  const flat = raw.replace(/\s+/g, ' ');
  return Array.from(flat).slice(0, SUBJECT_MAX).join('');
}

/** The longest prefix of `line` (by whole code points) whose encoding fits in `budget`. */
function fitLine(line: string, budget: number): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const size = enc(char).length;
    if (used + size > budget) break;
    out += char;
    used += size;
  }
  return out;
}

/**
 * A `mailto:` link with the handoff as a plain-text body. The whole URL stays within
 * `MAILTO_MAX_LENGTH` characters: when the body is too long it keeps whole lines from the
 * top (facts and contacts come first) and ends with `TRUNCATION_NOTE`.
 */
export function handoffMailto(doc: HandoffDoc, to = ''): string {
  const prefix = `mailto:${encodeRecipient(to)}?subject=${enc(subjectOf(doc))}&body=`;
  const lines = handoffPlainTextLines(doc);
  const full = prefix + enc(lines.join(CRLF));
  if (full.length <= MAILTO_MAX_LENGTH) return full;

  const tail = enc(`${CRLF}${CRLF}${TRUNCATION_NOTE}`);
  let budget = MAILTO_MAX_LENGTH - prefix.length - tail.length;
  const kept: string[] = [];
  for (const line of lines) {
    const cost = enc(line).length + (kept.length ? enc(CRLF).length : 0);
    if (cost > budget) {
      // Whole lines only, unless not even the first line fits (a huge title).
      if (kept.length === 0) kept.push(fitLine(line, budget));
      break;
    }
    kept.push(line);
    budget -= cost;
  }
  return prefix + enc(kept.join(CRLF)) + tail;
}
