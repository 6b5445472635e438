// Acts of force done both ways ("exchanged fire", "clashed") by a plural reference: each party it
// stands for acts on the other. Sentences about other conflicts than the benchmark's.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a plural reference as the subject of a mutual act of force', () => {
  it('"The two sides exchanged fire": the two parties named before fire on each other', () => {
    const body = 'Ethiopia and Eritrea both claim the town of Badme. The two sides exchanged fire for six hours on Tuesday.';
    expect(documentTriples(body)).toEqual(['eritrea -force-> ethiopia', 'ethiopia -force-> eritrea']);
  });

  it('one party alone named before gives no pair', () => {
    expect(documentTriples('Ethiopia claims the town of Badme. The two sides exchanged fire for six hours on Tuesday.')).toEqual([]);
  });
});
