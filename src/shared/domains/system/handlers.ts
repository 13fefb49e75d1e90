import type { HandlerTable } from '../../store/handlerTable';
import { SCHEMA_VERSION } from '../../store/schema';
import type { systemMethods } from './contract';

export const systemHandlers: HandlerTable<keyof typeof systemMethods> = {
  async 'system.info'(_input, ctx) {
    return { schemaVersion: SCHEMA_VERSION, deals: await ctx.db.deals.count() };
  },
};
