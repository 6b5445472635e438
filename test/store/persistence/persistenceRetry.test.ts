// Saves that fail are tried again after growing pauses, except when retrying cannot help.
import { describe, expect, it } from 'vitest';
import { withRetries } from '../../../src/store/persistence/retryWrite';

describe('retried writes', () => {
  it('wait the given pauses between tries and give up with the last error', async () => {
    const waits: number[] = [];
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error(`failure ${calls}`));
    };
    await expect(withRetries(failing, [200, 800], () => true, async (ms) => void waits.push(ms))).rejects.toThrow('failure 3');
    expect(waits).toEqual([200, 800]);
  });

  it('stop at once on an error that retrying cannot fix', async () => {
    let calls = 0;
    const conflict = () => {
      calls++;
      return Promise.reject(new TypeError('conflict'));
    };
    await expect(withRetries(conflict, [1, 1], (err) => !(err instanceof TypeError), async () => undefined)).rejects.toThrow('conflict');
    expect(calls).toBe(1);
  });

  it('return the value of the first try that works', async () => {
    let calls = 0;
    const flaky = () => (++calls < 2 ? Promise.reject(new Error('busy')) : Promise.resolve(calls));
    await expect(withRetries(flaky, [1, 1], () => true, async () => undefined)).resolves.toBe(2);
  });
});
