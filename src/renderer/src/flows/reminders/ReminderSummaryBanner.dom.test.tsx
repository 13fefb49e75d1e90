/**
 * The missed reminders' summary lives in the notification tray, so it shows on every view: it
 * offers "Show follow-ups" everywhere but on that list itself, and nothing once dismissed.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useNavigation } from '../../state/navigation';
import { useReminderSummary } from '../../state/reminderSummary';
import { ReminderSummaryBanner } from './ReminderSummaryBanner';

let host: HTMLElement;
let root: Root;
const buttons = () => [...host.querySelectorAll('button')].map((b) => b.textContent);

describe('ReminderSummaryBanner', () => {
  beforeEach(() => {
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    act(() => root.render(<ReminderSummaryBanner />));
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    useReminderSummary.getState().dismiss();
    useNavigation.getState().go('board');
  });

  it('offers the follow-ups list from any other view, and only Dismiss on that list', () => {
    act(() => {
      useReminderSummary.getState().show({ title: '4 follow-ups are overdue', body: 'Since Tuesday.' });
      useNavigation.getState().go('insights');
    });
    expect(host.textContent).toContain('4 follow-ups are overdue');
    expect(buttons()).toEqual(['Show follow-ups', 'Dismiss']);
    act(() => useNavigation.getState().go('followups'));
    expect(buttons()).toEqual(['Dismiss']);
    act(() => useNavigation.getState().go('board'));
    expect(buttons()).toEqual(['Show follow-ups', 'Dismiss']);
  });

  it('shows nothing when there is no summary or it was dismissed', () => {
    expect(host.innerHTML).toBe('');
    act(() => useReminderSummary.getState().show({ title: '3 follow-ups are due', body: '' }));
    expect(host.textContent).toContain('3 follow-ups are due');
    act(() => useReminderSummary.getState().dismiss());
    expect(host.innerHTML).toBe('');
  });
});
