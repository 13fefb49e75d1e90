import { useEffect, useState } from 'react';
import { onToast, type Toast } from './toast';
import { useNavigation } from '../state/navigation';

/** In-app toasts: reminders in browser mode, confirmations, errors. */
export function Toasts() {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const openDeal = useNavigation((s) => s.openDeal);
  const dismiss = (id: number) => setToasts((list) => list.filter((t) => t.id !== id));
  useEffect(
    () =>
      onToast((toast) => {
        setToasts((list) => [...list, toast]);
        if (!toast.persistent)
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
          {(t.dealId || t.actions?.length || t.persistent) && (
            <div className="toast-actions">
              {t.dealId && (
                <button type="button" onClick={() => openDeal(t.dealId)}>
                  Open
                </button>
              )}
              {t.actions?.map((action) => (
                <button
                  key={action.label}
                  type="button"
                  onClick={() => {
                    dismiss(t.id);
                    action.run();
                  }}
                >
                  {action.label}
                </button>
              ))}
              {t.persistent && (
                <button type="button" aria-label={`Dismiss: ${t.title}`} onClick={() => dismiss(t.id)}>
                  Dismiss
                </button>
              )}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
