import { create } from 'zustand';

/** Missed reminders summed up at start-up (browser mode): a calm banner, not a toast. */
export interface ReminderSummary {
  title: string;
  body: string;
}

interface ReminderSummaryState {
  summary: ReminderSummary | null;
  show(summary: ReminderSummary): void;
  dismiss(): void;
}

export const useReminderSummary = create<ReminderSummaryState>((set) => ({
  summary: null,
  show: (summary) => set({ summary }),
  dismiss: () => set({ summary: null }),
}));
