import { memo, useCallback, useState } from 'react';
import type { StageDef } from '../../../../shared/model';
import { useBoardFilters, type SortKey } from '../../state/boardFilters';
import type { CardView } from './cardView';
import type { ColumnStats } from './columnStats';
import { ColumnHeader } from './ColumnHeader';
import { ColumnDropTarget } from './ColumnDropTarget';
import { VirtualCardList } from './VirtualCardList';

interface Props {
  stage: StageDef;
  /** The column's cards as shown: sorted and filtered (by `BoardColumns`). */
  views: readonly CardView[];
  stats: ColumnStats;
  /** The start-up snapshot's column (see `VirtualCardList`). */
  picture?: boolean;
}

/**
 * One stage: a drop target with its header and its (virtualized) cards; re-rendered only when
 * they change (a drag's start, move and end render its `ColumnDropTarget` alone).
 */
function BoardColumnImpl({ stage, views, stats, picture = false }: Props) {
  const sortKey = useBoardFilters((s) => s.sorts[stage.id] ?? 'urgency');
  const setSort = useBoardFilters((s) => s.setSort);
  const onSort = useCallback((key: SortKey) => setSort(stage.id, key), [setSort, stage.id]);
  const [element, setElement] = useState<HTMLElement | null>(null);
  return (
    <section ref={setElement} className="column" aria-label={stage.name} data-stage-id={stage.id}>
      <ColumnDropTarget stage={stage} column={element} />
      <ColumnHeader stage={stage} stats={stats} sortKey={sortKey} onSort={onSort} />
      <VirtualCardList views={views} stageName={stage.name} stageKind={stage.kind} picture={picture} />
    </section>
  );
}

export const BoardColumn = memo(BoardColumnImpl);
