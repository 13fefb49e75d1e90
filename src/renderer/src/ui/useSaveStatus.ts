import { errorText } from '../../../shared/errorText';
import { useCallback, useState } from 'react';
import { showToast } from './toast';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Run a write and track it: "saved" shows only after the store confirmed the write. */
export function useSaveStatus() {
  const [state, setState] = useState<SaveState>('idle');
  const run = useCallback(async (write: () => Promise<unknown>) => {
    setState('saving');
    try {
      await write();
      setState('saved');
      return true;
    } catch (e) {
      setState('error');
      showToast({ title: 'Not saved', body: errorText(e), dealId: null });
      return false;
    }
  }, []);
  return { state, run };
}

export const SAVE_LABELS: Record<SaveState, string> = {
  idle: '',
  saving: 'Saving…',
  saved: 'Saved',
  error: 'Not saved',
};
