import { describe, expect, it } from 'vitest';
import { readConllu, writeConllu } from '../../../src/extract/syntax/conllu';
import { udWordsOf } from '../../../src/extract/syntax/udWords';

const SAMPLE = `# sent_id = s1
# text = We can't stop.
1	We	we	PRON	PRP	_	3	nsubj	_	_
2-3	can't	_	_	_	_	_	_	_	_
2	ca	can	AUX	MD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	stop	stop	VERB	VB	_	0	root	_	SpaceAfter=No
4.1	gone	go	VERB	VBN	_	_	_	3:conj	_
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = s2
1	Yes	yes	INTJ	UH	_	0	root	_	_
`;

describe('CoNLL-U', () => {
  it('reads syntactic words only (no multiword ranges or empty nodes) with comments', () => {
    const [s1, s2] = readConllu(SAMPLE);
    expect(s1!.comments).toEqual(['sent_id = s1', "text = We can't stop."]);
    expect(s1!.tokens.map((t) => t.form)).toEqual(['We', 'ca', "n't", 'stop', '.']);
    expect(s1!.tokens[3]).toMatchObject({ head: 0, deprel: 'root', upos: 'VERB', xpos: 'VB', misc: 'SpaceAfter=No' });
    expect(s2!.tokens).toHaveLength(1);
  });

  it('writes what it reads back unchanged', () => {
    const sentences = readConllu(SAMPLE);
    expect(readConllu(writeConllu(sentences))).toEqual(sentences);
  });

  it('refuses a line without ten columns and says where', () => {
    expect(() => readConllu('1\tWe\tPRON\n')).toThrow(/line 1/);
  });
});

describe('UD words from our tokens', () => {
  it('splits what UD writes as two words and remembers each word’s token', () => {
    expect(udWordsOf(['Kenya', 'cannot', 'accept', 'it'])).toEqual({
      words: ['Kenya', 'can', 'not', 'accept', 'it'],
      tokenOfWord: [0, 1, 1, 2, 3],
    });
    expect(udWordsOf(['They', 'do', "n't", 'know']).words).toEqual(['They', 'do', "n't", 'know']);
  });

  it('keeps words that are names of object properties whole', () => {
    expect(udWordsOf(['the', 'constructor', 'of', '__proto__', 'toString']).words).toEqual(['the', 'constructor', 'of', '__proto__', 'toString']);
  });
});
