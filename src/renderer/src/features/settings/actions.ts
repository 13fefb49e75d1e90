import type { InputOf } from '../../../../shared/rpc/contract';
import { platform } from '../../state/session';

/** Settings actions: pipeline editing and settings updates, the only writes of this feature. */
export const settingsActions = {
  createPipeline: (input: InputOf<'pipelines.create'>) => platform().store.call('pipelines.create', input),
  renamePipeline: (input: InputOf<'pipelines.rename'>) => platform().store.call('pipelines.rename', input),
  setQualification: (input: InputOf<'pipelines.setQualification'>) =>
    platform().store.call('pipelines.setQualification', input),
  updateStage: (input: InputOf<'pipelines.updateStage'>) =>
    platform().store.call('pipelines.updateStage', input),
  addStage: (input: InputOf<'pipelines.addStage'>) => platform().store.call('pipelines.addStage', input),
  removeStage: (input: InputOf<'pipelines.removeStage'>) =>
    platform().store.call('pipelines.removeStage', input),
  reorderStages: (input: InputOf<'pipelines.reorderStages'>) =>
    platform().store.call('pipelines.reorderStages', input),
  updateSettings: (patch: InputOf<'settings.update'>['patch']) =>
    platform().store.call('settings.update', { patch }),
  saveHandoffTemplate: (template: InputOf<'settings.updateHandoffTemplate'>['template']) =>
    platform().store.call('settings.updateHandoffTemplate', { template }),
};
