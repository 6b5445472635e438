// "helped fight al-Shabaab": what help is for names whom the help fights, not whom it helps.
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('the clause help is for', () => {
  it('gives no aid to the enemy it names', () => {
    expect(read('Uganda helped fight al-Shabaab.')).toEqual([]);
    const asked = read('Somalia asked Kenya and Ethiopia to help fight al-Shabaab.');
    expect(asked).not.toContain('kenya -aid-> al-shabaab [hypothetical]');
    expect(asked).toContain('somalia -appeal-> kenya');
  });

  it('helps the object before the clause', () => {
    expect(read('Uganda helped Somalia to defeat al-Shabaab.')).toEqual(['uganda -aid-> somalia']);
    expect(read('Uganda sent troops to help Somalia fight al-Shabaab.')).toContain('uganda -aid-> somalia');
  });

  it('helps the indirect object of the clause', () => {
    expect(read('Russia had been helping build Iran a nuclear reactor.')).toEqual(['russia -aid-> iran']);
  });
});
