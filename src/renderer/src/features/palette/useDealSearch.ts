import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../shared/rpc/views';
import { platform } from '../../state/session';

export interface SearchAnswer {
  /** The trimmed text these hits answer. */
  text: string;
  hits: SearchHit[];
}

/**
 * The palette's deal search, with the text each answer is for: a rep who types and presses
 * Enter before the answer arrives gets the deal they typed, not what the previous letters found.
 */
export function useDealSearch(query: string): SearchAnswer {
  const [answer, setAnswer] = useState<SearchAnswer>({ text: '', hits: [] });
  const text = query.trim();
  useEffect(() => {
    if (!text) return;
    let alive = true;
    platform()
      .store.call('deals.search', { text, limit: 20 })
      .then(
        (hits) => alive && setAnswer({ text, hits }),
        // No answer is an empty one: commands still match, and a pending Enter is not stuck.
        () => alive && setAnswer({ text, hits: [] }),
      );
    return () => {
      alive = false;
    };
  }, [text]);
  return answer;
}
