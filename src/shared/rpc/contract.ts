/**
 * The store's one RPC contract: every method (input schema + result type) and every event.
 * The service implements exactly these (the compiler checks it) and the client can call
 * only these; renaming a method breaks the build, not the app.
 */
import type { z } from 'zod';
import type { MethodSpec } from './define';
import type { ChangeEvent } from './views';
import { activityMethods } from './methods/activities';
import { backupMethods } from './methods/backup';
import { boardMethods } from './methods/board';
import { dealMethods } from './methods/deals';
import { dataIoMethods } from './methods/dataIo';
import { followUpMethods } from './methods/followUps';
import { handoffMethods } from './methods/handoff';
import { insightsMethods } from './methods/insights';
import { pipelineMethods } from './methods/pipelines';
import { transitionMethods } from './methods/transitions';

export const contract = {
  ...backupMethods,
  ...boardMethods,
  ...dealMethods,
  ...dataIoMethods,
  ...activityMethods,
  ...followUpMethods,
  ...handoffMethods,
  ...insightsMethods,
  ...pipelineMethods,
  ...transitionMethods,
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
