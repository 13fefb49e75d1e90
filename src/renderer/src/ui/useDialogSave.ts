import { errorText } from '../../../shared/errorText';
import { useState } from 'react';
import type { FieldError } from './fieldError';

/** Run one write for a dialog: `saving` while it runs, the error message if it fails. */
export function useDialogSave() {
  const [saving, setSaving] = useState(false);
  const [fault, setFault] = useState<FieldError | null>(null);
  /** Show a message; name the field it is about so it is marked and focused. */
  const setError = (message: string | null, field?: string) =>
    setFault(message === null ? null : { message, ...(field ? { field } : {}) });
  async function run(write: () => Promise<unknown>): Promise<boolean> {
    setSaving(true);
    setError(null);
    try {
      await write();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    } finally {
      setSaving(false);
    }
  }
  return { saving, error: fault?.message ?? null, fault, setError, run };
}
