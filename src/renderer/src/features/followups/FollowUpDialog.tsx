import { useEffect, useId, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { FormFooter } from '../../ui/FormFooter';
import { useFieldError, type FieldError } from '../../ui/fieldError';

interface Props {
  title: string;
  submitLabel: string;
  saving: boolean;
  error: FieldError | null;
  onSubmit(form: FormData): void;
  onClose(): void;
  children: ReactNode;
}

const FOCUSABLE = 'button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal form for this feature: labelled, focus moves in on open and back to where it
 * was on close, Escape cancels and Tab stays inside.
 */
export function FollowUpDialog({ title, submitLabel, saving, error, onSubmit, onClose, children }: Props) {
  const titleId = useId();
  const { formRef, messageId } = useFieldError(error);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    formRef.current?.querySelector<HTMLElement>('[data-autofocus], input, select, textarea')?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [formRef]);

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...(formRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
      (el) => !el.hasAttribute('disabled'),
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  }

  return (
    <div className="dialog-backdrop" role="presentation">
      <form
        ref={formRef}
        className="dialog fu-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        noValidate
        onSubmit={submit}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <FormFooter
          error={error?.message ?? null}
          errorId={messageId}
          saving={saving}
          onCancel={onClose}
          submitLabel={submitLabel}
        />
      </form>
    </div>
  );
}
