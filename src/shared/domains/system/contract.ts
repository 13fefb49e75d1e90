import { z } from 'zod';
import { query } from '../../rpc/define';

export const systemMethods = {
  /** The data tables' schema version and how many deals there are (diagnostics, benchmarks). */
  'system.info': query(z.object({}), ['deals']).returns<{ schemaVersion: number; deals: number }>(),
};
