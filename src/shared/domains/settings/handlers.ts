import { nameKey, Settings, withTemplate } from '../../model';
import { RpcError } from '../../rpc/protocol';
import type { StoreContext } from '../../store/context';
import { readSettings } from '../../store/derive';
import type { HandlerTable } from '../../store/handlerTable';
import type { settingsMethods } from './contract';

/** Validate the whole settings document and store it, or refuse with where it went wrong. */
async function saveSettings(ctx: StoreContext, candidate: unknown, what: string): Promise<Settings> {
  const parsed = Settings.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    throw new RpcError(
      'invalid-input',
      `${what} not valid${where}: ${issue?.message ?? 'bad value'}`,
      parsed.error.issues,
    );
  }
  await ctx.db.settings.put({ key: 'settings', value: parsed.data });
  return parsed.data;
}

export const settingsHandlers: HandlerTable<keyof typeof settingsMethods> = {
  async 'settings.get'(_input, ctx) {
    return readSettings(ctx);
  },

  async 'settings.update'({ patch }, ctx) {
    return ctx.write(async () => {
      const current = await readSettings(ctx);
      const merged = { ...current, ...patch, scoring: { ...current.scoring, ...patch.scoring } };
      return saveSettings(ctx, merged, 'Those settings are');
    });
  },

  async 'settings.saveImportTemplate'({ template }, ctx) {
    return ctx.write(async () => {
      const current = await readSettings(ctx);
      const importTemplates = withTemplate(current.importTemplates ?? [], template);
      return saveSettings(ctx, { ...current, importTemplates }, 'The saved mapping is');
    });
  },

  async 'settings.deleteImportTemplate'({ name }, ctx) {
    return ctx.write(async () => {
      const current = await readSettings(ctx);
      const importTemplates = (current.importTemplates ?? []).filter(
        (t) => nameKey(t.name) !== nameKey(name),
      );
      return saveSettings(ctx, { ...current, importTemplates }, 'The saved mappings are');
    });
  },

  async 'settings.updateHandoffTemplate'({ template }, ctx) {
    return ctx.write(async () =>
      saveSettings(
        ctx,
        { ...(await readSettings(ctx)), handoffTemplate: template },
        'The handoff template is',
      ),
    );
  },
};
