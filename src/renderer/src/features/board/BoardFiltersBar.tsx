import { LEAD_SOURCES, LEAD_SOURCE_LABELS } from '../../../../shared/model/values';
import type { LeadSource } from '../../../../shared/model';
import { useBoardFilters } from '../../state/boardFilters';
import { isFiltering } from './filterCards';

const clampScore = (value: string, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && value !== '' ? Math.max(0, Math.min(100, n)) : fallback;
};

/** Text search, source, score range, stale only, no next step. */
export function BoardFiltersBar({ shown, total }: { shown: number; total: number }) {
  const filters = useBoardFilters((s) => s.filters);
  const setFilters = useBoardFilters((s) => s.setFilters);
  const clear = useBoardFilters((s) => s.clearFilters);
  return (
    <div className="board-filters" role="search" aria-label="Filter the board">
      <input
        type="search"
        aria-label="Search deals"
        placeholder="Search title, company, contact…"
        value={filters.text}
        onChange={(e) => setFilters({ text: e.target.value })}
        data-board-search
      />
      <select
        aria-label="Source"
        value={filters.source}
        onChange={(e) => setFilters({ source: e.target.value as LeadSource | '' })}
      >
        <option value="">All sources</option>
        {LEAD_SOURCES.map((s) => (
          <option key={s} value={s}>
            {LEAD_SOURCE_LABELS[s]}
          </option>
        ))}
      </select>
      <label className="inline">
        Score
        <input
          type="number"
          min={0}
          max={100}
          aria-label="Minimum score"
          value={filters.scoreMin}
          onChange={(e) => setFilters({ scoreMin: clampScore(e.target.value, 0) })}
        />
        –
        <input
          type="number"
          min={0}
          max={100}
          aria-label="Maximum score"
          value={filters.scoreMax}
          onChange={(e) => setFilters({ scoreMax: clampScore(e.target.value, 100) })}
        />
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={filters.staleOnly}
          onChange={(e) => setFilters({ staleOnly: e.target.checked })}
        />
        Stale only
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={filters.noNextStep}
          onChange={(e) => setFilters({ noNextStep: e.target.checked })}
        />
        No next step
      </label>
      {isFiltering(filters) && (
        <>
          <span className="muted" role="status">
            {shown} of {total} deals
          </span>
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        </>
      )}
    </div>
  );
}
