// A request repeated is still made by whoever repeats it: "repeated its appeal to X" appeals to X.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('a repeated request', () => {
  it.each([
    ['Kenya repeated its appeal to Uganda to reopen the border.', 'kenya -appeal-> uganda'],
    ['The African Union reiterated its appeal to Sudan to end the fighting.', 'african-union -appeal-> sudan'],
  ])('"%s"', (sentence, expected) => {
    expect(documentTriples(sentence)).toContain(expected);
  });
});
