/**
 * The store's one RPC contract: every method (input schema + result type) and every event.
 * The service implements exactly these (the compiler checks it) and the client can call
 * only these; renaming a method breaks the build, not the app.
 */
import { crmExportMethods } from '../domains/crmExport/contract';
import type { z } from 'zod';
import type { MethodSpec } from './define';
import type { ChangeEvent } from './views';
import { activityMethods } from '../domains/activities/contract';
import { backupMethods } from '../domains/backup/contract';
import { boardMethods } from '../domains/board/contract';
import { companiesMethods } from '../domains/companies/contract';
import { dealMethods } from '../domains/deals/contract';
import { followUpMethods } from '../domains/followUps/contract';
import { handoffMethods } from '../domains/handoff/contract';
import { importMethods } from '../domains/import/contract';
import { insightsMethods } from '../domains/insights/contract';
import { peopleMethods } from '../domains/people/contract';
import { pipelineMethods } from '../domains/pipelines/contract';
import { recoveryMethods } from '../domains/recovery/contract';
import { sampleMethods } from '../domains/sample/contract';
import { settingsMethods } from '../domains/settings/contract';
import { systemMethods } from '../domains/system/contract';

/** Every domain's method table; a method's prefix is its domain's folder name. */
export const contract = {
  ...activityMethods,
  ...backupMethods,
  ...boardMethods,
  ...companiesMethods,
  ...dealMethods,
  ...followUpMethods,
  ...handoffMethods,
  ...importMethods,
  ...insightsMethods,
  ...crmExportMethods,
  ...peopleMethods,
  ...pipelineMethods,
  ...recoveryMethods,
  ...sampleMethods,
  ...settingsMethods,
  ...systemMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type ResultOf<K extends MethodName> = Contract[K] extends MethodSpec<z.ZodType, infer O> ? O : never;

/** Events the store pushes to every connected client. */
export interface Events {
  'store.changed': ChangeEvent;
}
export type EventName = keyof Events;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
