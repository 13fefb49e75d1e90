import { useEffect } from 'react';
import { create } from 'zustand';
import { showToast } from '../platform/toast';
import { platform } from './session';

/**
 * Whether the store could open the database. Checked once at start-up; while it is
 * `failed` the app shows the recovery screen instead of itself.
 */
interface RecoveryState {
  status: 'checking' | 'ok' | 'failed';
  reason: string | null;
  database: string;
  check(): Promise<void>;
}

export const useRecoveryState = create<RecoveryState>((set, get) => ({
  status: 'checking',
  reason: null,
  database: 'fieldline',
  async check() {
    try {
      const { reason, database, notice } = await platform().store.call('recovery.status', {});
      set({ status: reason ? 'failed' : 'ok', reason, database });
      // Rebuilt from the journal: say so once, calmly, and keep it until the rep has read it.
      if (notice) showToast({ title: 'Your data was recovered', body: notice, dealId: null, persistent: true });
    } catch {
      // A store that cannot even answer this is not one the recovery screen can help with.
      if (get().status === 'checking') set({ status: 'ok' });
    }
  },
}));

/** The start-up check, run once per app mount. */
export function useRecoveryGate(): RecoveryState['status'] {
  const status = useRecoveryState((s) => s.status);
  const check = useRecoveryState((s) => s.check);
  useEffect(() => {
    void check();
  }, [check]);
  return status;
}
