import { useEffect, useState } from 'react';
import type { DirectoryHits, SearchHit } from '../../../../shared/rpc/views';
import { platform } from '../../state/session';

export interface SearchAnswer extends DirectoryHits {
  /** The trimmed text these hits answer. */
  text: string;
  deals: SearchHit[];
}

const NOTHING: Omit<SearchAnswer, 'text'> = { deals: [], people: [], companies: [] };

/**
 * The palette's search of deals, people and companies, with the text each answer is for: a
 * rep who types and presses Enter before the answer arrives gets what they typed, not what
 * the previous letters found.
 */
export function usePaletteSearch(query: string): SearchAnswer {
  const [answer, setAnswer] = useState<SearchAnswer>({ text: '', ...NOTHING });
  const text = query.trim();
  useEffect(() => {
    if (!text) return;
    let alive = true;
    const { store } = platform();
    Promise.all([
      store.call('deals.search', { text, limit: 20 }),
      store.call('people.search', { text, limit: 8 }),
    ]).then(
      ([deals, directory]) => alive && setAnswer({ text, deals, ...directory }),
      // No answer is an empty one: commands still match, and a pending Enter is not stuck.
      () => alive && setAnswer({ text, ...NOTHING }),
    );
    return () => {
      alive = false;
    };
  }, [text]);
  return answer;
}
