// Judging a hostile act targets its doer: the one it was done to is no positional target
// ("condemned attacks on Somalia" accuses nobody named; "praised strikes on the Islamic State" backs no one).
import { describe, expect, it } from 'vitest';
import { documentTriples } from '../support/extractText';

const read = (body: string) => documentTriples(body, { modality: true });

describe('the victim of a judged act', () => {
  it('is not accused', () => {
    expect(read('Germany condemned attacks on Turkish soldiers.')).toEqual([]);
    expect(read('Kenya condemned the attack on its embassy in Mogadishu.')).toEqual([]);
  });

  it('is not supported by praise of the act', () => {
    expect(read('Germany praised strikes on the Islamic State.')).toEqual([]);
  });

  it('is not accused when the detention names only its patient', () => {
    expect(read('Germany condemned the detention of activist Ana Souza.')).toEqual([]);
  });

  it('leaves the doer named by a modifier or the accused object as the target', () => {
    const condemned = read('Kenya condemned Russian attacks on Ukraine.');
    expect(condemned).toContain('kenya -accusation-> russia');
    expect(condemned).not.toContain('kenya -accusation-> ukraine');
    expect(read('Kenya accused Somalia of attacks on Kenyan soldiers.')).toContain('kenya -accusation-> somalia');
  });

  it('still lets a judgement of talks or aid reach the party after "with"', () => {
    expect(read('Kenya praised the talks with Somalia.')).toEqual(['kenya -support-> somalia']);
  });
});

describe('the victim of a judged act read on the tree', () => {
  it('after the act noun, on the noun or on the verb, is no target', () => {
    expect(read('Kenya condemned the strikes against Somalia.')).toEqual([]);
    expect(read('Kenya protested the raids against Somali towns.')).toEqual([]);
    expect(read('Kenya denounced the sanctions against Eritrea.')).toEqual([]);
    expect(read('Kenya criticized the crackdown against the Oromo Liberation Army.')).toEqual([]);
  });

  it('leaves the doer a "by" phrase names, and a target preposition of no hostile act', () => {
    // The attack itself is read too: "its soldiers" are the condemner's (pronounTargets.ts).
    expect(read('Kenya condemned the attacks against its soldiers by al-Shabaab.')).toEqual(['al-shabaab -force-> kenya', 'kenya -accusation-> al-shabaab']);
    expect(read('Kenya filed charges against Somalia.')).toEqual(['kenya -accusation-> somalia']);
  });
});
