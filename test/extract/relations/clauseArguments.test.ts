// The tree rules on hand-written parses, so they hold whatever the parser reads: subjects through
// relative clauses, control and coordination; passive agents and patients; broken parses.
import { describe, expect, it } from 'vitest';
import { activeSubject, agentOf, brokenAround, isPassive, patientOf } from '../../../src/extract/relations/clauseArguments';
import { documentTriples } from '../../support/extractText';
import { DependencyTree } from '../../../src/extract/relations/dependencyTree';
import type { Sentence, Token } from '../../../src/extract/types';

/** A sentence from "word/POS/head/dep" items (heads 1-based as in CoNLL-U, 0 = root). */
function tree(spec: string): { tree: DependencyTree; at: (word: string) => number } {
  const tokens: Token[] = spec.split(' ').map((item, i) => {
    const [text, pos, head, dep] = item.split('/') as [string, string, string, string];
    return { text, norm: text.toLowerCase(), lemma: text.toLowerCase(), pos, start: i, end: i + 1, sentence: 0, head: Number(head) - 1, dep };
  });
  const sentence: Sentence = { index: 0, start: 0, end: tokens.length, firstToken: 0, endToken: tokens.length };
  const t = DependencyTree.of(tokens, sentence)!;
  return { tree: t, at: (word) => tokens.findIndex((k) => k.text === word) };
}

describe('subjects', () => {
  it('a relative pronoun stands for the noun the clause hangs on', () => {
    const { tree: t, at } = tree('Oman/PROPN/5/nsubj which/PRON/3/nsubj mediated/VERB/1/acl:relcl ,/PUNCT/1/punct hosted/VERB/0/root talks/NOUN/5/obj');
    expect(activeSubject(t, at('mediated'))).toBe(at('Oman'));
  });

  it('subject control: "Iran agreed to meet the US" — Iran meets', () => {
    const { tree: t, at } = tree('Iran/PROPN/2/nsubj agreed/VERB/0/root to/PART/4/mark meet/VERB/2/xcomp US/PROPN/4/obj');
    expect(activeSubject(t, at('meet'))).toBe(at('Iran'));
  });

  it('object control: "The EU urged Washington to refrain" — Washington refrains', () => {
    const { tree: t, at } = tree('EU/PROPN/2/nsubj urged/VERB/0/root Washington/PROPN/2/obj to/PART/5/mark refrain/VERB/2/xcomp');
    expect(activeSubject(t, at('refrain'))).toBe(at('Washington'));
  });

  it('"students stage a hunger strike to protest" — who holds the event does what it is for', () => {
    const { tree: t, at } = tree('students/NOUN/2/nsubj stage/VERB/0/root a/DET/5/det hunger/ADJ/5/compound strike/NOUN/2/obj to/PART/7/mark protest/VERB/5/acl');
    expect(activeSubject(t, at('protest'))).toBe(at('students'));
  });

  it('"Iran\'s plans to strike" — the noun\'s owner acts, not the subject of the verb taking it', () => {
    const { tree: t, at } = tree('Israel/PROPN/2/nsubj revealed/VERB/0/root Iran/PROPN/5/nmod:poss \'s/PART/3/case plans/NOUN/2/obj to/PART/7/mark strike/VERB/5/acl');
    expect(activeSubject(t, at('strike'))).toBe(at('Iran'));
  });

  it('"accused Israel of attacking Syria" — the accused attacks', () => {
    const { tree: t, at } = tree('Iran/PROPN/2/nsubj accused/VERB/0/root Israel/PROPN/2/obj of/SCONJ/5/mark attacking/VERB/2/advcl Syria/PROPN/5/obj');
    expect(activeSubject(t, at('attacking'))).toBe(at('Israel'));
  });

  it('a coordinated verb shares the first verb\'s subject', () => {
    const { tree: t, at } = tree('Erdogan/PROPN/2/nsubj received/VERB/0/root Zelensky/PROPN/2/obj and/CCONJ/5/cc thanked/VERB/2/conj him/PRON/5/obj');
    expect(activeSubject(t, at('thanked'))).toBe(at('Erdogan'));
  });
});

describe('passives', () => {
  it('"Kyiv was shelled by Russia": agent and patient', () => {
    const { tree: t, at } = tree('Kyiv/PROPN/3/nsubj:pass was/AUX/3/aux:pass shelled/VERB/0/root by/ADP/5/case Russia/PROPN/3/obl:agent');
    expect(isPassive(t, at('shelled'))).toBe(true);
    expect(agentOf(t, at('shelled'))).toBe(at('Russia'));
    expect(patientOf(t, at('shelled'))).toBe(at('Kyiv'));
  });

  it('"a truce proposed by the Quad": the participle\'s noun is the patient', () => {
    const { tree: t, at } = tree('truce/NOUN/0/root proposed/VERB/1/acl by/ADP/4/case Quad/PROPN/2/obl:agent');
    expect(isPassive(t, at('proposed'))).toBe(true);
    expect(patientOf(t, at('proposed'))).toBe(at('truce'));
    expect(activeSubject(t, at('proposed'))).toBe(at('Quad'));
  });
});

describe('broken parses', () => {
  it('a verb read as a modifier of the next name is a parse to distrust', () => {
    const { tree: t, at } = tree('Russia/PROPN/2/nsubj bombed/VERB/3/amod Ukraine/PROPN/0/root');
    expect(brokenAround(t, at('bombed'))).toBe(true);
  });

  it('a plain clause is not', () => {
    const { tree: t, at } = tree('Russia/PROPN/2/nsubj bombed/VERB/0/root Ukraine/PROPN/2/obj');
    expect(brokenAround(t, at('bombed'))).toBe(false);
  });
});

describe('the owner of a relational noun does not act for it', () => {
  it('"calling on Colombia\'s neighbors to help stop Colombian rebels": Colombia helps nobody', () => {
    expect(documentTriples("John Negroponte is calling on Colombia's neighbors to help stop Colombian rebels.")).toEqual([]);
  });
});
