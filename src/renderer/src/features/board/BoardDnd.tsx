import { useMemo, useState, type ReactNode } from 'react';
import {
  DndContext,
  DragOverlay,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { pointerThenClosest, useDragSensors } from '../../ui/dragAndDrop';
import type { Pipeline } from '../../../../shared/model';
import { columnKeyboardCoordinates } from './columnKeyboard';
import { dropOnStage } from '../../flows/stageChange/moveFlow';
import { CardDragProvider } from './cardDrag';

const titleOf = (data: unknown) => (data as { title?: string } | undefined)?.title ?? 'The deal';

function announcements(pipeline: Pipeline): Announcements {
  const name = (id: unknown) => pipeline.stages.find((s) => s.id === id)?.name ?? 'no column';
  return {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.data.current)}. Use the left and right arrow keys to choose a stage, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => `${titleOf(active.data.current)} is over ${name(over?.id)}.`,
    // A drop on another stage is announced once, by the stage change with its result.
    onDragEnd: ({ active, over }) =>
      over?.id === (active.data.current as { stageId?: string } | undefined)?.stageId
        ? `${titleOf(active.data.current)} stays in ${name(over?.id)}.`
        : over
          ? undefined
          : `${titleOf(active.data.current)} was not dropped on a stage.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.data.current)} was cancelled.`,
  };
}

const INSTRUCTIONS =
  'To move a deal, press Space to pick it up, the left and right arrow keys to choose a stage, and Space again to drop it. Press Enter to open it.';

const NO_SENSORS: ReturnType<typeof useDragSensors> = [];

/**
 * Drag and drop between columns with mouse, touch and keyboard (none while `disabled`); the
 * cards are dragged through one drag source (`CardDragProvider`), the columns are drop targets.
 */
export function BoardDnd({
  pipeline,
  disabled = false,
  children,
}: {
  pipeline: Pipeline;
  disabled?: boolean;
  children: ReactNode;
}) {
  const [active, setActive] = useState<{ id: string; title: string } | null>(null);
  const sensors = useDragSensors(columnKeyboardCoordinates);
  const accessibility = useMemo(
    () => ({
      announcements: announcements(pipeline),
      screenReaderInstructions: { draggable: INSTRUCTIONS },
      // The card is given focus back once the drop's frame is drawn (CardDragProvider), not in it.
      restoreFocus: false,
    }),
    [pipeline],
  );
  const onStart = ({ active: a }: DragStartEvent) =>
    setActive({ id: String(a.id), title: titleOf(a.data.current) });
  const onEnd = ({ active: a, over }: DragEndEvent) => {
    setActive(null);
    const from = (a.data.current as { stageId?: string } | undefined)?.stageId;
    const to = pipeline.stages.find((s) => s.id === over?.id);
    if (!to || to.id === from) return;
    void dropOnStage(String(a.id), titleOf(a.data.current), to.id, to.kind);
  };
  return (
    <DndContext
      sensors={disabled ? NO_SENSORS : sensors}
      collisionDetection={pointerThenClosest}
      onDragStart={onStart}
      onDragEnd={onEnd}
      onDragCancel={() => setActive(null)}
      accessibility={accessibility}
    >
      <CardDragProvider disabled={disabled}>{children}</CardDragProvider>
      <DragOverlay dropAnimation={null}>
        {active ? <div className="card drag-preview">{active.title}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
