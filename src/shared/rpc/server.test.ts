/**
 * The server posts an answer with the buffers its handler marked to move (`movingBuffers`) as
 * the message's transfer list, and every other answer, error or event with none.
 */
import { describe, expect, it } from 'vitest';
import type { Endpoint } from './endpoint';
import { createRpcServer, type CallableService } from './server';
import { movingBuffers } from './transfer';

function recordingEndpoint() {
  const posted: { message: unknown; transfer: ArrayBuffer[] | undefined }[] = [];
  let deliver: (message: unknown) => void = () => undefined;
  const endpoint: Endpoint = {
    post: (message, transfer) => posted.push({ message, transfer }),
    listen: (onMessage) => {
      deliver = onMessage;
      return () => undefined;
    },
    close: () => undefined,
  };
  return { endpoint, posted, deliver: (message: unknown) => deliver(message) };
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 1));
};

describe('the RPC server', () => {
  it('moves the buffers an answer was marked with, and only those', async () => {
    const nums = new Float64Array([1, 2, 3]);
    const refs = new Uint32Array([4, 5]);
    const marked = movingBuffers({ nums, refs }, [nums.buffer, refs.buffer]);
    const answers: Record<string, unknown> = { marked, plain: { nums: new Float64Array([6]) } };
    const service: CallableService = {
      call: async (method) => {
        if (method in answers) return answers[method];
        throw new Error('no such method');
      },
      onChange: () => () => undefined,
    };
    const { endpoint, posted, deliver } = recordingEndpoint();
    createRpcServer(service).connect(endpoint);
    const ask = (id: number, method: string) => deliver({ kind: 'request', id, method, params: {} });
    ask(1, 'marked');
    ask(2, 'plain');
    ask(3, 'missing');
    await until(() => posted.length === 3);
    const byId = (id: number) => posted.find((p) => (p.message as { id: number }).id === id)!;
    expect(byId(1).message).toMatchObject({ ok: true, result: marked });
    const moved = byId(1).transfer!;
    expect(moved).toHaveLength(2);
    expect(moved[0]).toBe(nums.buffer);
    expect(moved[1]).toBe(refs.buffer);
    expect(byId(2).transfer).toBeUndefined();
    expect(byId(3).message).toMatchObject({ ok: false });
    expect(byId(3).transfer).toBeUndefined();
  });
});
