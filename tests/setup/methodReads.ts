// The app loads the store contract's tables once its board is live (app/boot.tsx,
// state/methodReads.ts); the renderer's tests run the app as it is from then on.
import { beforeAll } from 'vitest';
import { loadMethodReads } from '../../src/renderer/src/state/methodReads';

beforeAll(() => loadMethodReads());
