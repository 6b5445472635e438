// The day of writing read from the latest written date and the weekdays the text names after it.
// Texts about other conflicts than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { inferPublication } from '../../src/extract/inferPublication';

describe('the weekday after the latest written date', () => {
  it('a plain mention of the next weekday puts the writing on that day', () => {
    // March 14, 2024 was a Thursday.
    expect(inferPublication('Serbian and Kosovar police clashed at the Jarinje crossing on March 14, 2024. Belgrade recalled its envoy Friday.')).toBe('2024-03-15');
  });

  it('without it, or with it qualified or still to come, the latest date stands', () => {
    expect(inferPublication('Serbian and Kosovar police clashed at the Jarinje crossing on March 14, 2024. Belgrade recalled its envoy.')).toBe('2024-03-14');
    expect(inferPublication('Serbian and Kosovar police clashed at the Jarinje crossing on March 14, 2024, the worst since last Friday.')).toBe('2024-03-14');
    expect(inferPublication('Serbian and Kosovar police clashed at the Jarinje crossing on March 14, 2024. Envoys will meet Friday in Brussels.')).toBe('2024-03-14');
  });

  it('a latest date after "since" only bounds the writing from below: nothing is inferred', () => {
    expect(inferPublication('Kosovo has barred Serbian trucks since March 2, 2024.')).toBeNull();
  });
});
