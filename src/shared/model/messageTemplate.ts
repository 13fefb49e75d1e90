import { z } from 'zod';
import { LongText, RecordKey, ShortText } from './common';
import { StageKind } from './pipeline';

/** An e-mail the rep opens in their mail program, or a script they read on a call. */
export const MESSAGE_KINDS = ['email', 'call'] as const;
export const MessageKind = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof MessageKind>;

/**
 * A reusable e-mail or call script kept in Settings. Subject and body may hold placeholders
 * such as `{{firstName}}` (src/shared/domains/templates/placeholders.ts), filled from a deal.
 */
export const MessageTemplate = z.object({
  id: RecordKey,
  kind: MessageKind,
  name: ShortText.trim().min(1, 'a template needs a name').max(120),
  /** The stage it is written for (offered first on deals there); null: any stage. */
  stageKind: StageKind.nullable(),
  /** The e-mail's subject; for a call script, what the logged call is called. */
  subject: ShortText,
  body: LongText,
});
export type MessageTemplate = z.infer<typeof MessageTemplate>;

/** How many templates the settings keep. */
export const MAX_MESSAGE_TEMPLATES = 100;
