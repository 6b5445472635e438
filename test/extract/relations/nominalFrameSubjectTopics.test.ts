// An event noun as a clause's subject acts on the verb's object ("a U.S.-led invasion removed the
// Taliban"), but a meeting or talks as subject name their topic there, not a party
// (src/extract/relations/nominalFrame.ts): sentences about other actors.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

describe('an event noun as subject', () => {
  it('"our conversation covered NATO": NATO is the topic, no party to the conversation', () => {
    const body = 'Prime Minister Anthony Albanese met Indonesian President Joko Widodo on Friday. "Our conversation also covered the G20 agenda, NATO and the Indo-Pacific," he said.';
    expect(documentTriples(body)).toEqual(['anthony-albanese -communication-> joko-widodo']);
  });

  it('an act as subject still reaches the verb\'s object: "a U.S.-led invasion removed the Taliban"', () => {
    expect(documentTriples('A U.S.-led invasion removed the Taliban in 2001.')).toContain('united-states -force-> taliban');
  });
});
