import type { HandlerTable } from '../../../store/handlerTable';
import type { dealMethods } from '../contract';
import { exportRowsHandler } from './exportRows';
import { followOnHandler } from './followOn';
import { recordHandlers } from './records';
import { transitionHandlers } from './transitions';

export const dealHandlers: HandlerTable<keyof typeof dealMethods> = {
  ...recordHandlers,
  ...transitionHandlers,
  ...followOnHandler,
  ...exportRowsHandler,
};
