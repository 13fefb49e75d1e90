import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { dealActions } from '../../../../shared/engine';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { Modal } from '../../ui/Modal';
import { paletteCommands } from '../../commands/appSurfaces';
import { matchesQuery } from '../../commands/registry';
import { usePaletteSearch } from './usePaletteSearch';
import { focusViewHeading } from '../../ui/focusRescue';

interface Item {
  id: string;
  label: string;
  detail?: string;
  run(): void;
}

/** Ctrl/Cmd+K: jump to any deal, person, company or action. */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dealId = useNavigation((s) => s.dealId);
  const openDeal = useNavigation((s) => s.openDeal);
  const go = useNavigation((s) => s.go);
  const view = useNavigation((s) => s.view);
  const open = useLiveQuery('deals.get', dealId ? { id: dealId } : null);
  const pipelines = useLiveQuery('pipelines.list', {});
  const search = usePaletteSearch(query);
  // Enter pressed before the search for what was typed has answered: run when it does.
  const pendingEnter = useRef(false);
  const openPerson = useNavigation((s) => s.openPerson);
  const openCompany = useNavigation((s) => s.openCompany);
  const answered = !query.trim() || search.text === query.trim();

  const items = useMemo<Item[]>(() => {
    const shown = open.data?.deal;
    const stageKind = pipelines.data?.flatMap((p) => p.stages).find((s) => s.id === shown?.stageId)?.kind;
    const deal =
      dealId && shown ? { id: dealId, title: shown.title, actions: dealActions(shown, stageKind) } : null;
    // The palette closes before a command runs: commands see the page behind it.
    const behind = { view, deal, typing: false, overlay: null };
    const commands = paletteCommands(behind).filter((c) => matchesQuery(c.label, query));
    const deals = query.trim()
      ? search.deals
          // Results of an earlier query may still be on show while the new one runs.
          .filter((h) => matchesQuery(`${h.title} ${h.companyName}`, query))
          .map((h) => ({
            id: `deal-${h.id}`,
            label: h.title,
            detail: `${h.companyName || 'No company'} · ${h.status}`,
            run: () => {
              go('board');
              openDeal(h.id);
            },
          }))
      : [];
    // People and companies of an earlier query are not shown once the text has changed.
    const directory = query.trim() && search.text === query.trim() ? search : { people: [], companies: [] };
    const persons = directory.people.map((p) => ({
      id: `person-${p.id}`,
      label: p.name,
      detail: `Person · ${p.companyName || 'no company'}`,
      run: () => {
        openPerson(p.id);
        requestAnimationFrame(() => focusViewHeading());
      },
    }));
    const firms = directory.companies.map((c) => ({
      id: `company-${c.id}`,
      label: c.name,
      detail: 'Company',
      run: () => {
        openCompany(c.id);
        requestAnimationFrame(() => focusViewHeading());
      },
    }));
    return [...deals, ...persons, ...firms, ...commands.map((c) => ({ ...c, detail: c.shortcut }))];
  }, [query, search, dealId, open.data, pipelines.data, view, go, openDeal, openPerson, openCompany]);

  const activeIndex = Math.min(active, Math.max(0, items.length - 1));
  const choose = (item: Item | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (items.length === 0 ? 0 : (i + step + items.length) % items.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (answered) choose(items[activeIndex]);
      else pendingEnter.current = true;
    }
  };
  useEffect(() => {
    if (!pendingEnter.current || !answered) return;
    pendingEnter.current = false;
    choose(items[activeIndex]);
  });
  return (
    <Modal title="Command palette" onClose={onClose} className="palette">
      <input
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={items[activeIndex] ? `palette-${items[activeIndex].id}` : undefined}
        aria-label="Search deals and actions"
        placeholder="Type a deal, company or action…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-autofocus
      />
      <ul id="palette-list" role="listbox" aria-label="Results" className="palette-list">
        {items.map((item, i) => (
          <li
            key={item.id}
            id={`palette-${item.id}`}
            role="option"
            aria-selected={i === activeIndex}
            className={i === activeIndex ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(item)}
          >
            <span>{item.label}</span>
            {item.detail && <span className="muted">{item.detail}</span>}
          </li>
        ))}
        {items.length === 0 && <li className="muted">Nothing matches “{query}”.</li>}
      </ul>
    </Modal>
  );
}
