import { errorText } from '../../../../shared/errorText';
import { useState, type FormEvent } from 'react';
import { FormFooter } from '../../ui/FormFooter';
import { LEAD_SOURCES, LEAD_SOURCE_LABELS } from '../../../../shared/model/values';
import type { LeadSource } from '../../../../shared/model';
import { useBoardFilters } from '../../state/boardFilters';
import { useNavigation } from '../../state/navigation';
import { parseMoney } from '../../../../shared/domains/import/values';
import { quickAdd } from './actions';
import { announce } from '../../ui/announce';
import { Modal } from '../../ui/Modal';
import { useFieldError, type FieldError } from '../../ui/fieldError';
import { focusWhenShown } from '../../ui/focusRescue';

/** Quick add (Ctrl/Cmd+N): a new lead lands in the first stage of the pipeline on screen. */
export function QuickAdd({ onClose }: { onClose(): void }) {
  const pipelineId = useNavigation((s) => s.pipelineId);
  const [error, setError] = useState<FieldError | null>(null);
  const { formRef, messageId } = useFieldError(error);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    if (!text('title')) return setError({ message: 'A lead needs a title.', field: 'title' });
    const value = parseMoney(text('value'));
    if (!value.ok) return setError({ message: value.error, field: 'value' });
    setSaving(true);
    setError(null);
    try {
      const deal = await quickAdd({
        title: text('title'),
        companyName: text('company'),
        contactName: text('contact'),
        contactEmail: text('email'),
        source: text('source') as LeadSource,
        value: value.value,
        ...(pipelineId ? { pipelineId } : {}),
      });
      announce(`Added ${deal.title}.`);
      useBoardFilters.getState().setHighlight(deal.id);
      onClose();
      focusWhenShown(`[data-deal-id="${CSS.escape(deal.id)}"]`);
    } catch (e) {
      setError({ message: errorText(e) });
      setSaving(false);
    }
  }

  return (
    <Modal title="New lead" onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate ref={formRef}>
        <label>
          Title
          <input name="title" required data-autofocus placeholder="e.g. Analytics rollout" />
        </label>
        <label>
          Company
          <input name="company" />
        </label>
        <label>
          Contact
          <input name="contact" />
        </label>
        <label>
          Contact e-mail
          <input name="email" type="email" />
        </label>
        <label>
          Source
          <select name="source" defaultValue="event">
            {LEAD_SOURCES.map((s) => (
              <option key={s} value={s}>
                {LEAD_SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Value
          <input name="value" inputMode="decimal" placeholder="e.g. 12,500.50" />
        </label>
        <FormFooter
          error={error?.message ?? null}
          errorId={messageId}
          saving={saving}
          onCancel={onClose}
          submitLabel="Add lead"
        />
      </form>
    </Modal>
  );
}
