import type { InputOf } from '../../../../shared/rpc/contract';
import type { MergeUndo } from '../../../../shared/domains/people/contract';
import { platform } from '../../state/session';

export const updatePerson = (input: InputOf<'people.update'>) =>
  platform().store.call('people.update', input);
export const mergePeople = (input: InputOf<'people.merge'>) => platform().store.call('people.merge', input);
export const unmergePeople = (undo: MergeUndo) => platform().store.call('people.unmerge', { undo });
