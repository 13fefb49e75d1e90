import { useEffect } from 'react';
import { create } from 'zustand';
import { platform } from './session';

/**
 * Whether the store could open the database. Checked once at start-up; while it is
 * `failed` the app shows the recovery screen instead of itself.
 */
interface RecoveryState {
  status: 'checking' | 'ok' | 'failed';
  reason: string | null;
  database: string;
  /** What the rep should be told about this start (rebuilt from the journal), until shown. */
  notice: string | null;
  check(): Promise<void>;
  noticeShown(): void;
}

export const useRecoveryState = create<RecoveryState>((set, get) => ({
  status: 'checking',
  reason: null,
  database: 'fieldline',
  notice: null,
  noticeShown: () => set({ notice: null }),
  async check() {
    try {
      const { reason, database, notice } = await platform().store.call('recovery.status', {});
      set({ status: reason ? 'failed' : 'ok', reason, database });
      // Rebuilt from the journal: kept here until the app shell has shown it (see App.tsx).
      if (notice) set({ notice });
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
