import { useLayoutEffect } from 'react';
import { useDroppable } from '@dnd-kit/core';
import type { StageDef } from '../../../../shared/model';

/**
 * Registers a column's element (`column`) as the drop target of its stage, from a leaf that
 * draws nothing: dnd-kit re-renders every `useDroppable` when a drag starts, passes over a
 * target or ends, so this leaf renders then, not the column with its header and cards. The
 * target a drag is over is marked on the element (`data-drop-over`), without rendering it.
 */
export function ColumnDropTarget({ stage, column }: { stage: StageDef; column: HTMLElement | null }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { kind: stage.kind, name: stage.name } });
  useLayoutEffect(() => setNodeRef(column), [setNodeRef, column]);
  useLayoutEffect(() => {
    if (!column || !isOver) return;
    column.setAttribute('data-drop-over', '');
    return () => column.removeAttribute('data-drop-over');
  }, [column, isOver]);
  return null;
}
