import { crmExportHandlers } from '../domains/crmExport/handlers';
import type { MethodName } from '../rpc/contract';
import { activityHandlers } from '../domains/activities/handlers';
import { backupHandlers } from '../domains/backup/handlers';
import { boardHandlers } from '../domains/board/handlers/index';
import { companiesHandlers } from '../domains/companies/handlers';
import { dealHandlers } from '../domains/deals/handlers/index';
import { followUpHandlers } from '../domains/followUps/handlers';
import { handoffHandlers } from '../domains/handoff/handlers';
import { importHandlers } from '../domains/import/handlers';
import { insightsHandlers } from '../domains/insights/handlers';
import { peopleHandlers } from '../domains/people/handlers/index';
import { pipelineHandlers } from '../domains/pipelines/handlers';
import { recoveryHandlers } from '../domains/recovery/handlers';
import { sampleHandlers } from '../domains/sample/handlers';
import { settingsHandlers } from '../domains/settings/handlers';
import { systemHandlers } from '../domains/system/handlers';
import type { HandlerTable } from './handlerTable';

/** Every method of the contract, implemented once; the compiler checks none is missing. */
export const handlers: HandlerTable<MethodName> = {
  ...activityHandlers,
  ...backupHandlers,
  ...boardHandlers,
  ...companiesHandlers,
  ...dealHandlers,
  ...followUpHandlers,
  ...handoffHandlers,
  ...importHandlers,
  ...insightsHandlers,
  ...crmExportHandlers,
  ...peopleHandlers,
  ...pipelineHandlers,
  ...recoveryHandlers,
  ...sampleHandlers,
  ...settingsHandlers,
  ...systemHandlers,
};
