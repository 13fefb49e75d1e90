import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ActivityType } from '../../../../shared/model';
import { useDealFlow, type WorkspaceSection } from '../../state/dealFlow';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { useNow } from '../../ui/useNow';
import { shownElement } from '../../ui/focusRescue';
import { isTyping } from '../../commands/keys';
import { peekDeal } from '../../state/dealPeek';
import { ContactsPanel } from './ContactsPanel';
import { GuidanceTab } from './GuidanceTab';
import { ACTIVITY_KEYS } from './LogActivity';
import { OverviewTab } from './OverviewTab';
import { HeaderPlaceholder, PanelPlaceholder } from './Placeholders';
import { QualificationTab } from './QualificationTab';
import { TimelineTab } from './TimelineTab';
import { WorkspaceHeader } from './WorkspaceHeader';
import { headerData, type WorkspaceData } from './workspaceData';
import './deal.css';

const TABS: { id: WorkspaceSection; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'qualification', label: 'Qualification' },
  { id: 'guidance', label: 'Guidance' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'contacts', label: 'Contacts' },
];

/**
 * The deal workspace: a right-hand panel opened from a card, closed with Escape. It opens at
 * once: the header from the card the opener already shows (`peekDeal`), the tabs, and each
 * panel as a labelled placeholder; the deal's record and everything around it fill in as the
 * store answers (the whole panel is `aria-busy` until then).
 */
export function DealWorkspace({ dealId }: { dealId: string }) {
  const openDeal = useNavigation((s) => s.openDeal);
  const tab = useDealFlow((s) => s.tab);
  const setTab = useDealFlow((s) => s.setTab);
  // Read once, in the frame of the click: the workspace is mounted anew for each deal.
  const [peek] = useState(() => peekDeal(dealId));
  const detail = useLiveQuery('deals.get', { id: dealId });
  const settings = useLiveQuery('settings.get', {});
  const pipelines = useLiveQuery('pipelines.list', {});
  const now = useNow();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [compose, setCompose] = useState<{ type: ActivityType; n: number } | null>(null);

  useEffect(() => {
    headingRef.current?.focus();
    return () => {
      // Back to its card, when the board is on screen (kept hidden behind another view, it is not).
      shownElement(`[data-deal-id="${CSS.escape(dealId)}"]`)?.focus();
    };
  }, [dealId]);

  // Won while open: the handoff comes first, on Overview (whichever tab closed the deal).
  const status = detail.data?.deal.status;
  const seenStatus = useRef(status);
  useEffect(() => {
    if (seenStatus.current && seenStatus.current !== 'won' && status === 'won') setTab('overview');
    seenStatus.current = status;
  }, [status, setTab]);

  const close = () => openDeal(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !useDealFlow.getState().dialog) {
      event.stopPropagation();
      close();
      return;
    }
    const type = ACTIVITY_KEYS[event.key];
    if (type && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      setTab('timeline');
      setCompose((c) => ({ type, n: (c?.n ?? 0) + 1 }));
    }
  };

  const failed = detail.status === 'error' && !detail.data;
  const header = failed ? null : headerData(detail.data?.deal, pipelines.data, peek);
  let data: WorkspaceData | null = null;
  if (detail.data && settings.data && header) {
    data = {
      detail: detail.data,
      settings: settings.data,
      pipeline: header.pipeline,
      stage: header.stage,
      now,
    };
  }
  const title = header?.deal.title ?? 'Deal';
  const label = TABS.find((t) => t.id === tab)?.label ?? 'deal';
  return (
    <section
      className="workspace"
      aria-label={`Deal: ${title}`}
      data-workspace-deal={dealId}
      aria-busy={data ? 'false' : 'true'}
      onKeyDown={onKeyDown}
    >
      <div className="workspace-top">
        <h1 ref={headingRef} tabIndex={-1}>
          {title}
        </h1>
        <button type="button" onClick={close} aria-label="Close the deal workspace" title="Close (Escape)">
          ×
        </button>
      </div>
      {failed ? (
        <p role="alert">Could not open the deal: {detail.error}</p>
      ) : (
        <>
          {header ? <WorkspaceHeader header={header} /> : <HeaderPlaceholder />}
          <div role="tablist" aria-label="Deal sections" className="tabs">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                id={`tab-${t.id}`}
                aria-selected={tab === t.id}
                aria-controls={`panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => setTab(t.id)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                  const i = TABS.findIndex((x) => x.id === tab);
                  const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
                  setTab(next.id);
                  document.getElementById(`tab-${next.id}`)?.focus();
                }}
              >
                {t.label}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
            {!data && <PanelPlaceholder label={label} />}
            {data && tab === 'overview' && <OverviewTab data={data} />}
            {data && tab === 'qualification' && <QualificationTab data={data} />}
            {data && tab === 'guidance' && <GuidanceTab data={data} />}
            {data && tab === 'timeline' && <TimelineTab data={data} compose={compose} />}
            {data && tab === 'contacts' && <ContactsPanel detail={data.detail} />}
          </div>
        </>
      )}
    </section>
  );
}
