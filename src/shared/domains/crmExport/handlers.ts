import type { crmExportMethods } from './contract';
import { readSettings } from '../../store/derive';
import type { HandlerTable } from '../../store/handlerTable';

export const crmExportHandlers: HandlerTable<keyof typeof crmExportMethods> = {
  async 'crmExport.data'(_input, ctx) {
    const { db } = ctx;
    return db.transaction('r', [db.pipelines, db.deals, db.contacts, db.companies, db.settings], async () => {
      const [pipelines, deals, contacts, companies, settings] = await Promise.all([
        db.pipelines.toArray(),
        db.deals.toArray(),
        db.contacts.toArray(),
        db.companies.toArray(),
        readSettings(ctx),
      ]);
      return { pipelines, deals, contacts, companies, home: settings.currency };
    });
  },
};
