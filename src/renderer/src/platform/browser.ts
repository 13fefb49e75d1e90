import { createRpcClient } from '../../../shared/rpc/client';
import { fromMessagePort } from '../../../shared/rpc/endpoint';
import { openDealWorkspace, openFollowUps } from '../state/followupsNavigation';
import { startBrowserReminders } from './browserReminders';
import { downloadFile } from './download';
import { startStoreWorker } from './storeWorker';
import { WORKER_CONNECT } from '../store-host/workerMessages';
import { showToast } from '../ui/toast';
import { useReminderSummary } from '../state/reminderSummary';
import { afterStartup } from '../state/startupOrder';
import type { Platform } from './types';

/** Open a new connection to the store worker. */
function connect(worker: Worker) {
  const channel = new MessageChannel();
  worker.postMessage({ type: WORKER_CONNECT }, [channel.port2]);
  return fromMessagePort(channel.port1);
}

/** Browser mode: the store in a module Web Worker, files as downloads, web notifications. */
export function createBrowserPlatform(): Platform {
  const store = createRpcClient(connect(startStoreWorker()));
  const openDealListeners = new Set<(dealId: string) => void>();

  /** A Web Notification when the user allowed them; false when a toast must stand in. */
  function webNotify({
    title,
    body,
    dealId,
    tag,
  }: {
    title: string;
    body: string;
    dealId: string | null;
    tag: string;
  }) {
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return false;
    const n = new Notification(title, { body, tag });
    n.onclick = () => {
      window.focus();
      if (!dealId) return;
      if (openDealListeners.size > 0) openDealListeners.forEach((l) => l(dealId));
      else openDealWorkspace(dealId);
    };
    return true;
  }

  // Follow-up reminders: in Electron main fires them; here the page runs the scheduler, once
  // the board is live (its first claim is a write the board's reads need not wait behind).
  afterStartup(() =>
    startBrowserReminders({
      store,
      webNotify,
      toast: showToast,
      summary: (summary) => useReminderSummary.getState().show(summary),
      openDeal: openDealWorkspace,
      openAgenda: openFollowUps,
    }),
  );

  return {
    kind: 'browser',
    store,
    onReconnect: () => () => undefined, // the worker lives as long as the page
    onStoreStatus(listener) {
      listener({ state: 'ready' }); // the worker is the page's own: it never restarts under it
      return () => undefined;
    },
    async saveFile({ suggestedName, content, mimeType }) {
      downloadFile(suggestedName, content, mimeType);
      return { saved: true, path: suggestedName };
    },
    async saveFiles({ files }) {
      for (const file of files) downloadFile(file.name, file.content, 'text/csv;charset=utf-8');
      // No folder to name: the browser puts each file in its downloads.
      return { saved: true };
    },
    async printToPdf({ html }) {
      // The browser's own print dialog ("Save as PDF") on an isolated, script-free frame.
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.srcdoc = html;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.contentWindow?.print();
      setTimeout(() => frame.remove(), 1000);
      return { saved: true };
    },
    async openExternal(url) {
      if (!/^(https:|mailto:)/i.test(url)) throw new Error('Only https and mailto links can be opened.');
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    async openMailto(url) {
      if (!/^mailto:/i.test(url)) throw new Error('Only a mailto: link can be opened as an e-mail draft.');
      // The page stays: the browser hands a mailto: target to the mail program.
      window.open(url, '_self');
    },
    notificationState: webNotificationState,
    async enableNotifications() {
      if (webNotificationState() === 'ask') await Notification.requestPermission();
      return webNotificationState();
    },
    onOpenDeal(listener) {
      openDealListeners.add(listener);
      return () => openDealListeners.delete(listener);
    },
    backups: null,
  };
}

/** Web Notifications: granted → on; not asked yet → ask; denied or missing → off (toasts). */
function webNotificationState(): 'on' | 'ask' | 'off' {
  if (typeof Notification === 'undefined') return 'off';
  if (Notification.permission === 'granted') return 'on';
  return Notification.permission === 'default' ? 'ask' : 'off';
}
