/**
 * A `mailto:` URL (RFC 6068) for one message: the recipient, subject and body each encoded
 * with encodeURIComponent (`@` kept readable), line breaks sent as CRLF, the subject on one line.
 */
export function messageMailto(to: string, subject: string, body: string): string {
  const recipient = encodeURIComponent(to.replace(/[\r\n]/g, '').trim()).replace(/%40/g, '@');
  const oneLine = subject.replace(/\s+/g, ' ').trim();
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${recipient}?subject=${encodeURIComponent(oneLine)}&body=${encodeURIComponent(crlf)}`;
}
