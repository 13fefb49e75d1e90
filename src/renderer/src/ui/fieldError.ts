import { useEffect, useId, useRef } from 'react';

/** A form's error, tied to the field it is about when there is one (its `name`). */
export interface FieldError {
  message: string;
  field?: string;
}

/**
 * Tie a form's error to its field, the way assistive technology expects: the field gets
 * `aria-invalid` and `aria-describedby` pointing at the message, and focus moves to it. Fields
 * marked by an earlier error are cleared. Returns the form ref and the message's element id.
 */
export function useFieldError(error: FieldError | null) {
  const formRef = useRef<HTMLFormElement>(null);
  const messageId = useId();
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    for (const marked of form.querySelectorAll('[data-field-error]')) {
      marked.removeAttribute('aria-invalid');
      marked.removeAttribute('aria-describedby');
      marked.removeAttribute('data-field-error');
    }
    if (!error?.field) return;
    const field = form.elements.namedItem(error.field);
    if (!(field instanceof HTMLElement)) return;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', messageId);
    field.setAttribute('data-field-error', '');
    field.focus();
  }, [error, messageId]);
  return { formRef, messageId };
}
