import { useMemo } from 'react';
import {
  closestCenter,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/**
 * Where a drop goes: the target under the pointer; for a keyboard drag (no pointer), the
 * target nearest the dragged item, which the keyboard coordinates have moved onto one.
 */
export const pointerThenClosest: CollisionDetection = (args) => {
  const under = pointerWithin(args);
  return under.length > 0 ? under : closestCenter(args);
};

/** How far (px) the mouse must move with its button down before a drag starts. */
export const MOUSE_DRAG_DISTANCE = 6;
const MOUSE = { activationConstraint: { distance: MOUSE_DRAG_DISTANCE } };
const TOUCH = { activationConstraint: { delay: 180, tolerance: 8 } };
const KEYS = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/**
 * The app's drag sensors (@dnd-kit/core): the mouse after 6 px, a touch held 180 ms, and the
 * keyboard (Space picks up, Space or Enter drops, Escape cancels), its arrows moving the item
 * where `coordinates` says. The same sensors on every render (dnd-kit keys its context on them:
 * new ones would re-render every draggable and drop target each time the board renders).
 */
export function useDragSensors(coordinates: KeyboardCoordinateGetter) {
  const keyboard = useMemo(() => ({ keyboardCodes: KEYS, coordinateGetter: coordinates }), [coordinates]);
  return useSensors(
    useSensor(MouseSensor, MOUSE),
    useSensor(TouchSensor, TOUCH),
    useSensor(KeyboardSensor, keyboard),
  );
}
