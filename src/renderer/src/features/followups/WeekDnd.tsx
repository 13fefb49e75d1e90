import { useState, type ReactNode } from 'react';
import { DndContext, DragOverlay, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { pointerThenClosest, useDragSensors } from '../../ui/dragAndDrop';
import { formatWhen } from '../../ui/dates';
import { endKeyboardDrag, weekKeyboardCoordinates } from './weekKeyboard';

/** What a follow-up being dragged carries: its id, its day, and how to name it. */
export interface WeekDragData {
  dayKey: string;
  subject: string;
}

/** What a day carries as a drop target. */
export interface WeekDropData {
  start: number;
}

const dragData = (data: unknown) => data as WeekDragData | undefined;
const dayName = (over: { data: { current?: unknown } } | null) => {
  const start = (over?.data.current as WeekDropData | undefined)?.start;
  return start === undefined ? 'no day' : formatWhen(start, false);
};

const announcements: Announcements = {
  onDragStart: ({ active }) =>
    `Picked up ${dragData(active.data.current)?.subject ?? 'the follow-up'}. Use the arrow keys to choose a day, Space to drop, Escape to cancel.`,
  onDragOver: ({ active, over }) =>
    `${dragData(active.data.current)?.subject ?? 'The follow-up'} is over ${dayName(over)}.`,
  // A drop on another day is announced once, by the reschedule with its result.
  onDragEnd: ({ active, over }) => {
    const data = dragData(active.data.current);
    if (!over) return `${data?.subject ?? 'The follow-up'} was not dropped on a day.`;
    return over.id === data?.dayKey ? `${data.subject} stays on ${dayName(over)}.` : undefined;
  },
  onDragCancel: ({ active }) =>
    `Moving ${dragData(active.data.current)?.subject ?? 'the follow-up'} was cancelled.`,
};

const INSTRUCTIONS =
  'To move a follow-up to another day, press Space to pick it up, the arrow keys to choose a day, and Space again to drop it. Escape cancels.';

interface Props {
  /** A follow-up was dropped on a day (its id, the day's `yyyy-MM-dd`). */
  onDrop(id: string, dayKey: string): void;
  /** A drag started (true) or ended (false): the view leaves keys to the drag meanwhile. */
  onDragging(dragging: boolean): void;
  children: ReactNode;
}

/** Drag and drop of follow-ups between the days of the week, by mouse, touch and keyboard. */
export function WeekDnd({ onDrop, onDragging, children }: Props) {
  const [active, setActive] = useState<string | null>(null);
  const sensors = useDragSensors(weekKeyboardCoordinates);
  const finish = () => {
    endKeyboardDrag();
    setActive(null);
    onDragging(false);
  };
  const onEnd = ({ active: a, over }: DragEndEvent) => {
    finish();
    if (over && over.id !== dragData(a.data.current)?.dayKey) onDrop(String(a.id), String(over.id));
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={pointerThenClosest}
      onDragStart={({ active: a }) => {
        endKeyboardDrag();
        setActive(dragData(a.data.current)?.subject ?? '');
        onDragging(true);
      }}
      onDragEnd={onEnd}
      onDragCancel={finish}
      accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
    >
      {children}
      <DragOverlay dropAnimation={null}>
        {active !== null ? <div className="fu-entry fu-drag-preview">{active}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
