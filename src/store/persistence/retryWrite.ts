// Retries a failed storage write a couple of times with growing pauses before giving up.

/** Pauses before the 2nd and 3rd attempts. */
export const RETRY_DELAYS_MS: readonly number[] = [200, 800];

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `write`; on failure waits and tries again (once per delay) unless `retryable` says no; rethrows the last error. */
export async function withRetries<T>(
  write: () => Promise<T>,
  delays: readonly number[] = RETRY_DELAYS_MS,
  retryable: (err: unknown) => boolean = () => true,
  wait: (ms: number) => Promise<void> = pause,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (err) {
      if (attempt >= delays.length || !retryable(err)) throw err;
      await wait(delays[attempt]!);
    }
  }
}
