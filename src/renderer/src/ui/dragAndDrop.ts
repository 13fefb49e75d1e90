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

/**
 * The app's drag sensors (@dnd-kit/core): the mouse after 6 px, a touch held 180 ms, and the
 * keyboard (Space picks up, Space or Enter drops, Escape cancels), its arrows moving the item
 * where `coordinates` says.
 */
export function useDragSensors(coordinates: KeyboardCoordinateGetter) {
  return useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
      coordinateGetter: coordinates,
    }),
  );
}
