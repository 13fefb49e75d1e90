import { useMemo, useState, type FormEvent } from 'react';
import {
  canSend,
  fillPlaceholders,
  messageMailto,
  placeholderValues,
  templatesForStage,
  type PlaceholderValues,
} from '../../../../shared/domains/templates';
import { messageTemplatesOf } from '../../../../shared/engine';
import type { MessageTemplate } from '../../../../shared/model';
import { announce } from '../../ui/announce';
import { formatWhen } from '../../ui/dates';
import { useFieldError } from '../../ui/fieldError';
import { FormFooter } from '../../ui/FormFooter';
import { Modal } from '../../ui/Modal';
import { useDialogSave } from '../../ui/useDialogSave';
import type { Settings, StageDef } from '../../../../shared/model';
import type { DealDetail } from '../../../../shared/rpc/views';
import { sendTemplate } from './actions';
import { UnfilledNote } from './UnfilledNote';

const KIND_LABEL = { email: 'E-mail', call: 'Call script' } as const;
/** Links longer than this are cut short by some e-mail programs (as for the handoff's e-mail). */
const LONG_MAILTO = 1900;

/** Pick a template → preview it filled from the deal → open it in e-mail (or log the call), logged in one step. */
/** What the dialog needs of the deal it writes about (the workspace's data has it). */
export interface TemplateContext {
  detail: DealDetail;
  settings: Settings;
  stage: StageDef | undefined;
}

export function TemplateDialog({
  data,
  onClose,
  contactId: chosen,
}: {
  data: TemplateContext;
  onClose(): void;
  /** The person it is for (from their page); else the deal's first contact with an e-mail. */
  contactId?: string;
}) {
  const { deal, contacts, followUps } = data.detail;
  const templates = useMemo(
    () => templatesForStage(messageTemplatesOf(data.settings), data.stage?.kind),
    [data.settings, data.stage?.kind],
  );
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');
  const firstWithEmail = contacts.find((c) => c.contact.email.trim()) ?? contacts[0];
  const [contactId, setContactId] = useState(chosen ?? firstWithEmail?.contact.id ?? '');
  const template = templates.find((t) => t.id === templateId);
  const contact = contacts.find((c) => c.contact.id === contactId)?.contact ?? null;
  const values = placeholderValues({
    deal,
    contact,
    stageName: data.stage?.name ?? '',
    followUps,
    repName: data.settings.repName ?? '',
    formatDay: (at) => formatWhen(at, false),
  });

  return (
    <Modal
      title="E-mail or call from a template"
      onClose={onClose}
      forDeal={deal.id}
      className="template-dialog"
    >
      {templates.length === 0 ? (
        <p>No templates yet: add them in Settings → E-mail and call templates.</p>
      ) : (
        <>
          <label>
            Template
            <select name="template" value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {KIND_LABEL[t.kind]}: {t.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {template?.kind === 'call' ? 'Call with' : 'To'}
            <select name="contact" value={contactId} onChange={(e) => setContactId(e.target.value)}>
              <option value="">(nobody in particular)</option>
              {contacts.map(({ contact: c }) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                  {c.email ? ` <${c.email}>` : ' (no e-mail)'}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {template && (
        <Draft
          key={`${template.id}|${contactId}`}
          template={template}
          values={values}
          to={contact?.email ?? ''}
          dealId={deal.id}
          contactId={contact?.id ?? null}
          onClose={onClose}
        />
      )}
      {!template && (
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </Modal>
  );
}

interface DraftProps {
  template: MessageTemplate;
  values: PlaceholderValues;
  to: string;
  dealId: string;
  contactId: string | null;
  onClose(): void;
}

/** The filled message, editable; what is left unfilled is shown and blocks the send. */
function Draft({ template, values, to, dealId, contactId, onClose }: DraftProps) {
  const [subject, setSubject] = useState(() => fillPlaceholders(template.subject, values).text);
  const [body, setBody] = useState(() => fillPlaceholders(template.body, values).text);
  const { saving, fault, setError, run } = useDialogSave();
  const { formRef, messageId } = useFieldError(fault);
  const email = template.kind === 'email';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!canSend(subject, body)) {
      setError(
        'Fill in every highlighted placeholder first: a message never goes out with {{…}} in it.',
        'fill-0',
      );
      return;
    }
    const ok = await run(() => sendTemplate({ kind: template.kind, dealId, contactId, to, subject, body }));
    if (!ok) return;
    announce(email ? `Opened the e-mail "${subject}" and logged it.` : `Logged the call "${subject}".`);
    onClose();
  };

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} aria-label="The message">
      {email && !to.trim() && (
        <p className="hint">No e-mail address for this person: your mail program will ask for one.</p>
      )}
      {email && messageMailto(to, subject, body).length > LONG_MAILTO && (
        <p className="hint">
          A long message: some e-mail programs shorten links this long. Check the draft before you send it.
        </p>
      )}
      <label>
        {email ? 'Subject' : 'Call title'}
        <input name="subject" maxLength={300} value={subject} onChange={(e) => setSubject(e.target.value)} />
      </label>
      <label>
        {email ? 'Message' : 'Script and notes'}
        <textarea name="body" rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
      </label>
      <UnfilledNote
        subject={subject}
        body={body}
        onFill={(fill) => {
          setSubject(fill(subject));
          setBody(fill(body));
        }}
      />
      <FormFooter
        error={fault?.message ?? null}
        errorId={messageId}
        saving={saving}
        onCancel={onClose}
        submitLabel={email ? 'Open in e-mail' : 'Log call'}
        savingLabel={email ? 'Opening…' : 'Logging…'}
      />
    </form>
  );
}
