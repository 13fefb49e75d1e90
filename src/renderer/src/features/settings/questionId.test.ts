import { describe, expect, it } from 'vitest';
import { questionId } from './questionId';

describe('questionId', () => {
  it('slugs the question and keeps ids unique', () => {
    expect(questionId('Is there a budget?', new Set())).toBe('is-there-a-budget');
    expect(questionId('Is there a budget?', new Set(['is-there-a-budget']))).toBe('is-there-a-budget-2');
    expect(questionId('???', new Set())).toBe('question');
    expect(questionId('x'.repeat(100), new Set())).toHaveLength(40);
  });
});
