import type { RpcClient } from '../shared/rpc/client';
import type { AgendaItem } from '../shared/domains/followUps/contract';
import type { FollowUpSummary, FollowUpSummaryItem } from './trayMenu';

/** A tray line for a follow-up: "Call · Acme renewal (Acme GmbH)". */
export function trayItemFor(item: AgendaItem): FollowUpSummaryItem {
  const subject = item.dealTitle || item.companyName || item.note || 'Follow-up';
  const company = item.dealTitle && item.companyName ? ` (${item.companyName})` : '';
  const type = item.type.charAt(0).toUpperCase() + item.type.slice(1);
  return { id: item.id, dealId: item.dealId, title: `${type} · ${subject}${company}`, dueAt: item.dueAt };
}

/** The tray's data: overdue count and today's follow-ups, from the store ('followUps.summary'). */
export function followUpSummaryFrom(client: RpcClient): () => Promise<FollowUpSummary> {
  return async () => {
    const summary = await client.call('followUps.summary', {});
    return { overdue: summary.overdue, today: summary.today.map(trayItemFor) };
  };
}
