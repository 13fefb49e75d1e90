import { errorText } from '../../../shared/errorText';
import { useState } from 'react';

/** Run one write for a dialog: `saving` while it runs, the error message if it fails. */
export function useDialogSave() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
  return { saving, error, setError, run };
}
