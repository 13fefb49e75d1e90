import {
  useCallback,
  useDeferredValue,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { useVirtualRows } from '../../ui/virtualRows';

export interface SortOption<T> {
  label: string;
  compare(a: T, b: T): number;
}

interface Props<T extends { id: string }> {
  /** What the rows are, for the search field and the list ("people"). */
  noun: string;
  rows: readonly T[] | null;
  sorts: readonly SortOption<T>[];
  /** The text a search matches (name, company, e-mail…). */
  searchText(row: T): string;
  /** The cells of a row, in the order of `headers`. */
  cells(row: T): ReactNode[];
  headers: readonly string[];
  /** The grid tracks shared by the header and every row (`grid-template-columns`). */
  columns: string;
  onOpen(row: T): void;
}

const estimateSize = () => 44;

/**
 * A searchable, sortable, virtualized directory (People, Companies): a row per record, each
 * a button that opens its page; arrow keys move between rows.
 */
export function DirectoryList<T extends { id: string }>({
  noun,
  rows,
  sorts,
  searchText,
  cells,
  headers,
  columns,
  onOpen,
}: Props<T>) {
  const [query, setQuery] = useState('');
  const [sortIndex, setSortIndex] = useState(0);
  const deferred = useDeferredValue(query);
  const searchId = useId();
  const sortId = useId();
  const shown = useMemo(() => {
    const words = deferred.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const matched = (rows ?? []).filter((r) => {
      const text = searchText(r).toLowerCase();
      return words.every((w) => text.includes(w));
    });
    return matched.sort(sorts[sortIndex]!.compare);
  }, [rows, deferred, sorts, sortIndex, searchText]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const getItemKey = useCallback((i: number) => shown[i]?.id ?? i, [shown]);
  const { items, totalSize, measure, scrollToIndex } = useVirtualRows({
    count: shown.length,
    getScrollElement,
    estimateSize,
    getItemKey,
  });
  const focusRow = (index: number) => {
    if (index < 0 || index >= shown.length) return;
    scrollToIndex(index);
    let frames = 0;
    const attempt = () => {
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${index}"]`);
      if (row) row.focus();
      else if (++frames < 30) requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = Number((event.target as HTMLElement).dataset.rowIndex);
    if (Number.isNaN(at)) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: shown.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusRow(to);
  };

  return (
    <div className="directory" style={{ '--directory-columns': columns } as CSSProperties}>
      <div className="directory-tools">
        <label htmlFor={searchId} className="visually-hidden">
          Search {noun}
        </label>
        <input
          id={searchId}
          type="search"
          placeholder={`Search ${noun}…`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label htmlFor={sortId}>Sort by</label>
        <select id={sortId} value={sortIndex} onChange={(e) => setSortIndex(Number(e.target.value))}>
          {sorts.map((s, i) => (
            <option key={s.label} value={i}>
              {s.label}
            </option>
          ))}
        </select>
        <span className="muted" role="status">
          {rows ? `${shown.length} of ${rows.length} ${noun}` : `Loading ${noun}…`}
        </span>
      </div>
      <div className="directory-head" aria-hidden="true">
        {headers.map((h) => (
          <span key={h}>{h}</span>
        ))}
      </div>
      <div ref={scrollRef} className="directory-scroll">
        <ul
          className="directory-rows"
          aria-label={`${noun} (${shown.length})`}
          style={{ height: totalSize }}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => {
            const row = shown[item.index];
            if (!row) return null;
            return (
              <li
                key={item.key}
                ref={measure}
                data-index={item.index}
                className="directory-slot"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <button
                  type="button"
                  className="directory-row"
                  data-row-index={item.index}
                  onClick={() => onOpen(row)}
                >
                  {cells(row).map((cell, i) => (
                    <span key={headers[i]} data-label={headers[i]}>
                      {cell}
                    </span>
                  ))}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
