// The model without its schemas: what code on the first screen's path may import (zod-free).
export * from './vocabulary';
export * from './calendar';
export * from './limits';
export * from './currency';
export * from './factories';
export * from './nameKey';
