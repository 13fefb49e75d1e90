export { default } from './tests/vitest.config.mts';
