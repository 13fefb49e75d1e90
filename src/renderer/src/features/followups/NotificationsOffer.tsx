import { useState } from 'react';
import { enableNotifications, notificationState } from './actions';

/** Offer desktop notifications where the rep has not decided yet; otherwise say nothing. */
export function NotificationsOffer() {
  const [state, setState] = useState(notificationState);
  if (state !== 'ask') return null;
  return (
    <p className="fu-help">
      Reminders show inside Fieldline.{' '}
      <button type="button" onClick={() => void enableNotifications().then(setState)}>
        Also show them as desktop notifications
      </button>
    </p>
  );
}
