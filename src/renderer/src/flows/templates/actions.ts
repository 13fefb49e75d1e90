import { messageMailto, canSend } from '../../../../shared/domains/templates';
import type { MessageKind } from '../../../../shared/model';
import { platform } from '../../state/session';

export interface SendInput {
  kind: MessageKind;
  dealId: string;
  contactId: string | null;
  /** The recipient's e-mail address (may be empty: the mail program asks for one). */
  to: string;
  subject: string;
  body: string;
}

/**
 * Send a filled template in one step: log it on the deal's timeline (an e-mail or a call,
 * the message as its note), then, for an e-mail, open the draft in the rep's mail program.
 * Refuses (and does nothing) while any `{{…}}` is left in the subject or body.
 */
export async function sendTemplate(input: SendInput): Promise<void> {
  if (!canSend(input.subject, input.body)) {
    throw new Error('Fill in every placeholder first: a message never goes out with {{…}} in it.');
  }
  const url = input.kind === 'email' ? messageMailto(input.to, input.subject, input.body) : null;
  const p = platform();
  await p.store.call('activities.log', {
    dealId: input.dealId,
    contactId: input.contactId,
    type: input.kind,
    signal: null,
    subject: input.subject.replace(/\s+/g, ' ').trim(),
    body: input.body,
    painPoint: false,
  });
  if (url) await p.openMailto(url);
}
