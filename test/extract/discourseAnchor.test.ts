// The discourse time anchor: the day the text named last, carried to dateless past-tense narrative,
// counted from by "that day" and "the next day"; the present perfect, quotations and captions keep
// the document date. Sentences about other conflicts than the benchmark articles.
import { describe, expect, it } from 'vitest';
import { anchorPhrases } from '../../src/extract/anchorPhrases';
import { distanceDate, nextAnchor, phraseDate } from '../../src/extract/discourseAnchor';
import { findDates } from '../../src/extract/resolveEventDate';
import { tokenize } from '../../src/extract/tokenize';
import { extractArticles } from '../support/extractText';

// extractArticles dates its articles 2024-03-15, a Friday.
const dated = (body: string) =>
  extractArticles(body)
    .events.filter((e) => e.relation !== 'affiliation')
    .map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.date} ${e.datePrecision}${e.modality === 'asserted' ? '' : ` [${e.modality}]`}`)
    .sort();

const sentence = (text: string, index = 0) => {
  const { tokens } = tokenize(text);
  return { text, index, tokens, first: 0, end: tokens.length };
};

describe('the anchor a sentence leaves', () => {
  it('is the last day it names within a week before publication', () => {
    expect(nextAnchor(undefined, sentence('Ethiopian and Eritrean troops clashed late Tuesday near Badme.'), '2024-03-15', findDates)).toMatchObject({ date: '2024-03-12', text: 'Tuesday' });
  });

  it('stays through a sentence naming no time, and ends at an older day, a month or a year', () => {
    const tuesday = { date: '2024-03-12', text: 'Tuesday', sentence: 0 };
    expect(nextAnchor(tuesday, sentence('The border area was tense.', 1), '2024-03-15', findDates)).toBe(tuesday);
    expect(nextAnchor(tuesday, sentence('The war began in 1998.', 1), '2024-03-15', findDates)).toBeUndefined();
    expect(nextAnchor(tuesday, sentence('Talks broke down on Feb. 2.', 1), '2024-03-15', findDates)).toBeUndefined();
  });

  it('a quotation naming no day ends it; a caption closing on a date leaves it alone', () => {
    const tuesday = { date: '2024-03-12', text: 'Tuesday', sentence: 0 };
    expect(nextAnchor(tuesday, sentence('"We will never give up Badme," the commander said.', 1), '2024-03-15', findDates)).toBeUndefined();
    expect(nextAnchor(tuesday, sentence('Eritrean soldiers patrol a trench near Zalambessa, March 14, 2024.', 1), '2024-03-15', findDates)).toBe(tuesday);
  });

  it('a day still to come anchors what will be, never a past act', () => {
    expect(nextAnchor(undefined, sentence('The envoys will meet again on Monday.'), '2024-03-15', findDates)).toMatchObject({ date: '2024-03-18' });
  });
});

describe('phrases counted from the anchor', () => {
  it('finds them, longest first', () => {
    expect(anchorPhrases('Later that day the envoy left; the next day he returned.').map((p) => [p.text, p.offset])).toEqual([
      ['Later that day', 0],
      ['the next day', 1],
    ]);
  });

  it('finds them in any case, and none where no phrase word is written', () => {
    expect(anchorPhrases('THE FOLLOWING MORNING the ferry sailed; Two Days Earlier it had docked.').map((p) => [p.text, p.offset])).toEqual([
      ['THE FOLLOWING MORNING', 1],
      ['Two Days Earlier', -2],
    ]);
    expect(anchorPhrases('The ferry from Tallinn sailed after the strike ended.')).toEqual([]);
  });

  it('the date finder leaves them to the anchor instead of counting from publication', () => {
    expect(findDates('The next day militants stormed the barracks.', '2024-03-15', 'past')).toEqual([]);
    expect(phraseDate('The next day militants stormed the barracks.', () => ({ date: '2024-03-12', text: 'Tuesday', sentence: 0 }))).toMatchObject({ date: '2024-03-13', precision: 'day' });
  });

  it('"N days after" dates the clause it opens that far before the act it hangs on', () => {
    expect(distanceDate('The minister arrived two days after the general ', { date: '2024-03-14', precision: 'day' })).toMatchObject({ date: '2024-03-12' });
    expect(distanceDate('The minister arrived after the general ', { date: '2024-03-14', precision: 'day' })).toBeUndefined();
  });
});

describe('events dated from the anchor', () => {
  it('a dateless past-tense sentence takes the day named before it', () => {
    expect(dated('Ethiopian and Eritrean troops clashed late Tuesday along the border. Earlier, Ethiopia shelled Eritrean positions near Badme.')).toContain('ethiopia -force-> eritrea 2024-03-12 day');
  });

  it('"the next day" is the day after, and no plan', () => {
    expect(dated('Ethiopian and Eritrean troops clashed on Tuesday along the border. The next day Eritrea attacked Ethiopian posts near Zalambessa.')).toContain('eritrea -force-> ethiopia 2024-03-13 day');
  });

  it('the present perfect keeps the document date', () => {
    const events = dated('Ethiopian and Eritrean troops clashed on Tuesday along the border. Ethiopia has shelled Eritrean positions near Badme.');
    expect(events.filter((e) => e.includes('2024-03-15'))).toEqual(['ethiopia -force-> eritrea 2024-03-15 document']);
  });

  it('a clause opened by "two days after" is dated two days before the act it hangs on', () => {
    expect(dated('Ethiopian and Eritrean troops clashed on Tuesday. Ethiopia attacked Eritrean posts two days after Eritrea shelled Ethiopian towns.')).toContain('eritrea -force-> ethiopia 2024-03-10 day');
  });

  it('explains the date in the event', () => {
    const e = extractArticles('Ethiopian and Eritrean troops clashed late Tuesday along the border. Earlier, Ethiopia shelled Eritrean positions near Badme.').events.find((x) => x.dateNote);
    expect(e?.dateNote).toMatch(/Tuesday.*sentence 1/);
  });
});

describe('a definite event noun restates the act named before', () => {
  it('takes the date of the latest act of its relation with an actor in common', () => {
    expect(dated('Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki held talks on Wednesday in Asmara. Diplomats say the talks between Abiy and Eritrea ended without a deal.')).toContain('abiy-ahmed -negotiation-> eritrea 2024-03-13 day [reported]');
  });
});

describe('"since" after a comparison', () => {
  it('"the first talks since July" names no span the talks ran', () => {
    expect(findDates('These were the first talks between Serbia and Kosovo since July.', '2024-03-15', 'past')).toEqual([]);
    expect(findDates('Serbia has blockaded the crossing since July.', '2024-03-15', 'past')).toMatchObject([{ date: '2023-07', dateEnd: '2024-03-15' }]);
  });
});

describe('stretches and time phrases in the clause', () => {
  it('"over the last few months" names no date: a stretch up to publication whose start the text leaves open', () => {
    expect(findDates('Over the last few months, Kenyan jets have struck al-Shabab camps.', '2024-03-15', 'past')).toEqual([]);
    expect(findDates('In the past three weeks, Kenyan jets struck al-Shabab camps.', '2024-03-15', 'past')).toEqual([]);
  });

  it('"over the weekend" dates the act it times, not a thing named', () => {
    expect(dated('Somali President Hassan Sheikh Mohamud said on Wednesday that he had spoken with Kenyan officials over the weekend.').filter((e) => e.includes('-communication->'))).toEqual([
      'hassan-sheikh-mohamud -communication-> kenya 2024-03-09 day [reported]',
    ]);
  });
});
