import { useCallback, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualItem,
} from '@tanstack/react-virtual';

export interface VirtualSnapshot {
  items: VirtualItem[];
  totalSize: number;
}

interface ListOptions {
  count: number;
  getScrollElement(): HTMLElement | null;
  estimateSize(index: number): number;
  getItemKey(index: number): string | number;
}

/**
 * A TanStack virtualizer held as an external store: React reads immutable snapshots through
 * useSyncExternalStore, so nothing stale is ever memoised (useVirtualizer hands out a mutable
 * instance instead, which the React Compiler cannot memoise safely).
 */
class VirtualList {
  private snapshot: VirtualSnapshot = { items: [], totalSize: 0 };
  private readonly listeners = new Set<() => void>();
  readonly virtualizer: Virtualizer<HTMLElement, Element>;

  constructor(options: ListOptions) {
    this.virtualizer = new Virtualizer<HTMLElement, Element>(this.resolve(options));
  }

  private resolve(options: ListOptions) {
    return {
      ...options,
      overscan: 6,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      onChange: () => this.publish(),
    };
  }

  private publish() {
    const items = this.virtualizer.getVirtualItems();
    const totalSize = this.virtualizer.getTotalSize();
    const last = this.snapshot;
    const same =
      last.totalSize === totalSize &&
      last.items.length === items.length &&
      last.items.every(
        (it, i) => it.key === items[i]?.key && it.start === items[i]?.start && it.size === items[i]?.size,
      );
    if (same) return;
    this.snapshot = { items, totalSize };
    this.listeners.forEach((l) => l());
  }

  update(options: ListOptions) {
    this.virtualizer.setOptions(this.resolve(options));
    this.virtualizer._willUpdate();
    this.publish();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;
}

/** Virtual rows for one scrolling list (a board column, the People list): the rows in view and a ref callback to measure them. */
export function useVirtualRows(options: ListOptions) {
  const [list] = useState(() => new VirtualList(options));
  const snapshot = useSyncExternalStore(list.subscribe, list.getSnapshot, list.getSnapshot);
  const { count, getScrollElement, estimateSize, getItemKey } = options;
  useLayoutEffect(() => list.virtualizer._didMount(), [list]);
  useLayoutEffect(() => {
    list.update({ count, getScrollElement, estimateSize, getItemKey });
  }, [list, count, getScrollElement, estimateSize, getItemKey]);
  const measure = useCallback((node: Element | null) => list.virtualizer.measureElement(node), [list]);
  const scrollToIndex = useCallback(
    (index: number) => list.virtualizer.scrollToIndex(index, { align: 'auto' }),
    [list],
  );
  return { ...snapshot, measure, scrollToIndex };
}
