import { useEffect, useState } from 'react';
import { onToast, type Toast } from '../platform/toast';
import { useNavigation } from '../state/navigation';

/** In-app toasts: reminders in browser mode, confirmations, errors. */
export function Toasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const openDeal = useNavigation((s) => s.openDeal);
  useEffect(
    () =>
      onToast((toast) => {
        setToasts((list) => [...list, toast]);
        setTimeout(() => setToasts((list) => list.filter((t) => t.id !== toast.id)), 8000);
      }),
    [],
  );
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className="toast">
          <strong>{t.title}</strong>
          <span>{t.body}</span>
          {t.dealId && (
            <button type="button" onClick={() => openDeal(t.dealId)}>
              Open
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
