import { z } from 'zod';
import { ImportTemplate, ScoringSettings, Settings } from '../../model';
import { command, query } from '../../rpc/define';
import { HandoffTemplateInput } from '../handoff/template';

/** A partial settings patch: top-level fields replace, scoring merges field by field. */
export const SettingsPatchInput = Settings.partial()
  .extend({ scoring: ScoringSettings.partial().optional() })
  .strict();
export type SettingsPatchInput = z.infer<typeof SettingsPatchInput>;

export const settingsMethods = {
  'settings.get': query(z.object({}), ['settings']).returns<Settings>(),
  /** Merge a partial patch into the settings; the result must be valid Settings. */
  'settings.update': command(z.object({ patch: SettingsPatchInput }), {
    writes: ['settings'],
  }).returns<Settings>(),
  /** Save a column mapping from the import wizard; one with the same name is replaced. */
  'settings.saveImportTemplate': command(z.object({ template: ImportTemplate }), {
    writes: ['settings'],
  }).returns<Settings>(),
  /** Forget a saved column mapping (by name; nothing happens when there is none). */
  'settings.deleteImportTemplate': command(z.object({ name: z.string().max(300) }), {
    writes: ['settings'],
  }).returns<Settings>(),
  /** Replace the handoff template; checklists created from now on use it (existing ones keep theirs). */
  'settings.updateHandoffTemplate': command(z.object({ template: HandoffTemplateInput }), {
    writes: ['settings'],
  }).returns<Settings>(),
};
