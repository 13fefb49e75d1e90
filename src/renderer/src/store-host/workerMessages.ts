/** The page → store worker message that hands over a connection's MessagePort. */
export const WORKER_CONNECT = 'fieldline:connect';
/** The store worker → page message its entry sends first thing: the worker's thread runs. */
export const WORKER_RUNNING = 'fieldline:store-running';
