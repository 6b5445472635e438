// The tree reads arcs whose label the scheme cannot give where the parser put it as what they must
// be. Trees are written by hand here (as a parser misread them), so the test does not hang on the model.
import { describe, expect, it } from 'vitest';
import { DependencyTree } from '../../../src/extract/relations/dependencyTree';
import type { Sentence, Token } from '../../../src/extract/types';

/** Tokens from "word/POS/head/dep" items (head as a token index, -1 for the root). */
function treeOf(...items: string[]): DependencyTree {
  let at = 0;
  const tokens: Token[] = items.map((item) => {
    const [text, pos, head, dep] = item.split('/') as [string, string, string, string];
    const t: Token = { text, norm: text.toLowerCase(), lemma: text.toLowerCase(), pos, start: at, end: at + text.length, sentence: 0, head: Number(head), dep };
    at += text.length + 1;
    return t;
  });
  const sentence: Sentence = { index: 0, start: 0, end: at, firstToken: 0, endToken: tokens.length };
  return DependencyTree.of(tokens, sentence)!;
}

describe('labels the scheme cannot give where the parser put them', () => {
  it('a passive agent without "by" after its verb is the verb\'s object ("rebels freed Omar Haddad")', () => {
    const tree = treeOf('Sudanese/PROPN/1/amod', 'rebels/NOUN/-1/root', 'freed/VERB/1/acl', 'Omar/PROPN/4/compound', 'Haddad/PROPN/2/obl:agent', './PUNCT/1/punct');
    expect(tree.dep(4)).toBe('obj');
    expect(tree.children(2, 'obj')).toEqual([4]);
    expect(tree.children(2, 'obl:agent')).toEqual([]);
  });

  it('an agent with "by" stays the agent, and its verb\'s subject is the passive subject ("Omar Haddad, arrested by Ethiopia")', () => {
    const tree = treeOf('Haddad/PROPN/2/nsubj', ',/PUNCT/2/punct', 'arrested/VERB/-1/root', 'by/ADP/4/case', 'Ethiopia/PROPN/2/obl:agent', './PUNCT/2/punct');
    expect(tree.dep(4)).toBe('obl:agent');
    expect(tree.dep(0)).toBe('nsubj:pass');
    expect(tree.baseDep(0)).toBe('nsubj');
  });

  it('a subject keeps its label when the verb has an object beside a "by" phrase ("Ethiopia attacked Eritrea by air")', () => {
    const tree = treeOf('Ethiopia/PROPN/1/nsubj', 'attacked/VERB/-1/root', 'Eritrea/PROPN/1/obj', 'by/ADP/4/case', 'air/NOUN/1/obl:agent', './PUNCT/1/punct');
    expect(tree.dep(0)).toBe('nsubj');
  });

  it('a name in apposition to a verb after it is the verb\'s object ("Cuba freed Alan Gross")', () => {
    const tree = treeOf('Cuba/PROPN/1/amod', 'freed/VERB/-1/root', 'Alan/PROPN/1/appos', 'Gross/PROPN/2/flat', './PUNCT/1/punct');
    expect(tree.dep(2)).toBe('obj');
    // An apposition to a noun is left as it is.
    const noun = treeOf('the/DET/1/det', 'contractor/NOUN/-1/root', 'Alan/PROPN/1/appos', './PUNCT/1/punct');
    expect(noun.dep(2)).toBe('appos');
  });

  it('"attacked Eritrea after Kenya criticized ..." read with the object as the clause\'s subject: the object is the first verb\'s', () => {
    const tree = treeOf(
      'Ethiopia/PROPN/1/nsubj', 'attacked/VERB/-1/root', 'Eritrea/PROPN/5/nsubj', 'after/ADP/4/case', 'Kenya/PROPN/2/nmod', 'criticized/VERB/1/ccomp', 'Eritrea/PROPN/5/obj', './PUNCT/1/punct',
    );
    expect([tree.head(2), tree.dep(2)]).toEqual([1, 'obj']);
    expect([tree.head(4), tree.dep(4)]).toEqual([5, 'nsubj']);
    expect([tree.head(3), tree.dep(3)]).toEqual([5, 'mark']);
    expect([tree.head(5), tree.dep(5)]).toEqual([1, 'advcl']);
    expect(tree.children(1, 'obj')).toEqual([2]);
    expect(tree.children(5, 'nsubj')).toEqual([4]);
  });

  it('"made as Cuba released ..." read with "as Cuba" on the main verb: the name is the clause\'s subject', () => {
    const tree = treeOf('talks/NOUN/1/nsubj', 'ended/VERB/-1/root', 'as/ADP/3/case', 'Cuba/PROPN/1/obl', 'freed/VERB/1/advcl', 'Gross/PROPN/4/obj', './PUNCT/1/punct');
    expect([tree.head(3), tree.dep(3)]).toEqual([4, 'nsubj']);
    expect([tree.head(2), tree.dep(2)]).toEqual([4, 'mark']);
    expect([tree.head(4), tree.dep(4)]).toEqual([1, 'advcl']);
    // "served as Kenya's envoy": no subjectless clause follows the name, so it stays an attachment.
    const role = treeOf('Ruto/PROPN/1/nsubj', 'served/VERB/-1/root', 'as/ADP/3/case', 'envoy/NOUN/1/obl', './PUNCT/1/punct');
    expect([role.head(3), role.dep(3)]).toEqual([1, 'obl']);
  });

  it('"X, which Ankara accuses ..." read with the name as the verb\'s compound: subject, object and relative clause', () => {
    const tree = treeOf('PKK/PROPN/-1/root', ',/PUNCT/4/punct', 'which/PRON/4/det', 'Ankara/PROPN/4/compound', 'accuses/VERB/0/conj', './PUNCT/0/punct');
    expect([tree.head(3), tree.dep(3)]).toEqual([4, 'nsubj']);
    expect([tree.head(2), tree.dep(2)]).toEqual([4, 'obj']);
    expect([tree.head(4), tree.dep(4)]).toEqual([0, 'acl:relcl']);
    // A verb with a subject of its own is left alone.
    const own = treeOf('PKK/PROPN/-1/root', 'which/PRON/3/obj', 'Ankara/PROPN/3/compound', 'accuses/VERB/0/acl:relcl', 'Turkey/PROPN/3/nsubj', './PUNCT/0/punct');
    expect(own.dep(2)).toBe('compound');
  });

  it('a name after the object\'s comma, hung on the verb, is in apposition to the object ("held the leader, Bobi Wine")', () => {
    const tree = treeOf('police/NOUN/1/nsubj', 'held/VERB/-1/root', 'the/DET/3/det', 'leader/NOUN/1/obj', ',/PUNCT/5/punct', 'Wine/PROPN/1/obl', './PUNCT/1/punct');
    expect([tree.head(5), tree.dep(5)]).toEqual([3, 'appos']);
    // With a preposition of its own the name stays the verb's attachment ("held the leader, in Kampala").
    const place = treeOf('police/NOUN/1/nsubj', 'held/VERB/-1/root', 'the/DET/3/det', 'leader/NOUN/1/obj', ',/PUNCT/6/punct', 'in/ADP/6/case', 'Kampala/PROPN/1/obl', './PUNCT/1/punct');
    expect([place.head(6), place.dep(6)]).toEqual([1, 'obl']);
  });

  it('a bare verb read as the object of the verb before it is its open complement ("helped build")', () => {
    const tree = treeOf('Iran/PROPN/1/nsubj', 'helped/VERB/-1/root', 'build/VERB/1/obj', 'Syria/PROPN/2/obj', './PUNCT/1/punct');
    expect(tree.dep(2)).toBe('xcomp');
    // A verb with a subject of its own is a clause, left as parsed ("demanded Uganda withdraw").
    const clause = treeOf('Kenya/PROPN/1/nsubj', 'demanded/VERB/-1/root', 'Uganda/PROPN/3/nsubj', 'withdraw/VERB/1/obj', './PUNCT/1/punct');
    expect(clause.dep(3)).toBe('obj');
  });

  it('a complement clause whose subject carries no clause-opening preposition is left as parsed ("said Kenya ...")', () => {
    const tree = treeOf('Ethiopia/PROPN/1/nsubj', 'said/VERB/-1/root', 'Kenya/PROPN/3/nsubj', 'criticized/VERB/1/ccomp', 'Eritrea/PROPN/3/obj', './PUNCT/1/punct');
    expect([tree.head(2), tree.dep(2)]).toEqual([3, 'nsubj']);
    expect(tree.dep(3)).toBe('ccomp');
  });
});


describe('a time word read as a second subject', () => {
  it('"Officials said Wednesday that ..." with the day as a subject: the day says when', () => {
    const tree = treeOf('Officials/NOUN/1/nsubj', 'said/VERB/-1/root', 'Wednesday/PROPN/1/nsubj', 'that/SCONJ/5/mark', 'Lula/PROPN/5/nsubj', 'mediates/VERB/2/ccomp', './PUNCT/1/punct');
    expect(tree.dep(2)).toBe('obl:tmod');
    expect(tree.children(1, 'nsubj')).toEqual([0]);
  });

  it('a time word that is the only subject stays the subject ("Monday was calm")', () => {
    const tree = treeOf('Monday/PROPN/2/nsubj', 'was/AUX/2/cop', 'calm/ADJ/-1/root', './PUNCT/2/punct');
    expect(tree.dep(0)).toBe('nsubj');
  });
});

describe('a relative clause read with two subjects', () => {
  it('"Brazil, which mediated the talks, said ...": the name is the main verb\'s subject and the clause hangs on it', () => {
    const tree = treeOf('Brazil/PROPN/3/nsubj', ',/PUNCT/0/punct', 'which/PRON/3/nsubj', 'mediated/ADJ/7/ccomp', 'the/DET/5/det', 'talks/NOUN/3/obj', ',/PUNCT/7/punct', 'said/VERB/-1/root', './PUNCT/7/punct');
    expect(tree.children(7, 'nsubj')).toEqual([0]);
    expect(tree.head(3)).toBe(0);
    expect(tree.dep(3)).toBe('acl:relcl');
    expect(tree.children(3, 'nsubj')).toEqual([2]);
  });

  it('the clause made the root and the main verb its conjunct: the conjunct becomes the root', () => {
    const tree = treeOf('Lula/PROPN/3/nsubj', ',/PUNCT/3/punct', 'who/PRON/3/nsubj', 'mediated/VERB/-1/root', 'the/DET/5/det', 'talks/NOUN/3/obj', ',/PUNCT/7/punct', 'praised/VERB/3/conj', 'Chile/PROPN/7/obj', './PUNCT/3/punct');
    expect(tree.head(7)).toBe(-1);
    expect(tree.children(7, 'nsubj')).toEqual([0]);
    expect(tree.head(3)).toBe(0);
  });

  it('two subjects without a relative pronoun are left alone', () => {
    const tree = treeOf('Brazil/PROPN/3/nsubj', ',/PUNCT/0/punct', 'Chile/PROPN/3/nsubj', 'mediated/VERB/5/ccomp', ',/PUNCT/5/punct', 'said/VERB/-1/root', './PUNCT/5/punct');
    expect(tree.children(3, 'nsubj')).toEqual([0, 2]);
    expect(tree.head(3)).toBe(5);
  });
});

describe('a subject with a preposition', () => {
  it('"talks between Israel and Hamas resumed" read with "between Israel" as a second subject: it qualifies the noun before it', () => {
    const tree = treeOf('talks/NOUN/4/nsubj', 'between/ADP/2/case', 'Israel/PROPN/4/nsubj', 'and/CCONJ/3/cc', 'resumed/VERB/-1/root', './PUNCT/4/punct');
    expect([tree.head(2), tree.dep(2)]).toEqual([0, 'nmod']);
    expect(tree.children(4, 'nsubj')).toEqual([0]);
  });
});

describe('a relative clause without a pronoun read as a second subject', () => {
  it('"The agreement the two countries struck collapsed": the clause hangs on the noun before it', () => {
    const tree = treeOf('The/DET/1/det', 'agreement/NOUN/7/nsubj', 'the/DET/4/det', 'two/NUM/4/nummod', 'countries/NOUN/7/nsubj', 'struck/VERB/4/acl', 'in/ADP/6/case', 'collapsed/VERB/-1/root', './PUNCT/7/punct');
    expect([tree.head(5), tree.dep(5)]).toEqual([1, 'acl:relcl']);
    expect([tree.head(4), tree.dep(4)]).toEqual([5, 'nsubj']);
    expect(tree.children(7, 'nsubj')).toEqual([1]);
  });

  it('a modifier clause with an object of its own is left alone', () => {
    const tree = treeOf('The/DET/1/det', 'agreement/NOUN/6/nsubj', 'the/DET/3/det', 'countries/NOUN/6/nsubj', 'signing/VERB/3/acl', 'it/PRON/4/obj', 'collapsed/VERB/-1/root');
    expect(tree.children(6, 'nsubj')).toEqual([1, 3]);
  });
});
