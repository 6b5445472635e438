// Cue coverage by CAMEO category (issue 17, extraction breadth): each family of verbs, nouns and
// phrases that data/relations.json gained is read in its relation, with its CAMEO code and direction,
// on sentences about actors and conflicts other than the seed articles. Ambiguous words read only in
// the sense their data declares (phrases, target rules).
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';

const resources = defaultResources();

/** "source -relation-> target cameo modality" for each relation edge, sorted. */
function readings(body: string): string[] {
  const { events } = extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: 2024-05-08\n---\n${body}` }], resources);
  return events.filter((e) => e.relation !== 'affiliation').map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.cameo} ${e.modality}`).sort();
}

/** The sentence reads as exactly this one relation. */
const readsAs = (sentence: string, expected: string) => expect(readings(sentence)).toEqual([expected]);

describe('02 appeal, 10 demand', () => {
  it.each([
    ['Haiti implored the United States to send troops.', 'haiti -appeal-> united-states 020 asserted'],
    ['Somalia insisted on Kenya\'s withdrawal.', 'somalia -demand-> kenya 100 asserted'],
  ])('"%s"', readsAs);

  it('asking for help or demanding a release is no aid and no release', () => {
    expect(readings('Haiti appealed for help from Canada.').filter((r) => r.includes('-aid->'))).toEqual([]);
    expect(readings('Serbia demanded the release of soldiers of Kosovo.').filter((r) => r.includes('-retreat->'))).toEqual([]);
  });
});

describe('04 consult, 045 mediate, 057 agree, 06 cooperate, 05 support', () => {
  it.each([
    ['Kenya conferred with Tanzania on Monday.', 'kenya -communication-> tanzania 040 asserted'],
    ['Ghana held a summit with Togo in Accra.', 'ghana -communication-> togo 044 asserted'],
    ['Uruguay interceded with Paraguay on behalf of the prisoners.', 'uruguay -mediation-> paraguay 045 asserted'],
    ['Bhutan ratified the treaty with Nepal.', 'bhutan -agreement-> nepal 057 asserted'],
    ['Morocco teamed up with Spain against the smugglers.', 'morocco -cooperation-> spain 060 asserted'],
    ['Cambodia lauded Thailand for its help.', 'cambodia -support-> thailand 051 asserted'],
    ['Fiji sided with Tonga in the dispute.', 'fiji -support-> tonga 050 asserted'],
  ])('"%s"', readsAs);
});

describe('07 aid, 08 yield and retreat', () => {
  it.each([
    ['China lent Laos two billion dollars.', 'china -aid-> laos 071 asserted'],
    ["Japan's loan to Sri Lanka arrived in May.", 'japan -aid-> sri-lanka 071 asserted'],
    ['Chile bowed to Bolivia.', 'chile -concession-> bolivia 080 asserted'],
    ['Armenia released two soldiers of Azerbaijan.', 'armenia -retreat-> azerbaijan 0841 asserted'],
    ['Rwanda repatriated soldiers of Burundi.', 'rwanda -retreat-> burundi 0841 asserted'],
  ])('"%s"', readsAs);
});

describe('11 disapprove, 12 reject', () => {
  it.each([
    ['Croatia censured Hungary over the pipeline.', 'croatia -accusation-> hungary 111 asserted'],
    ['Qatar filed a complaint against Bahrain.', 'qatar -accusation-> bahrain 114 asserted'],
    ['Iran sued Canada over the frozen assets.', 'iran -accusation-> canada 115 asserted'],
    ["Bolivia refuted Chile's claim.", 'bolivia -rejection-> chile 120 asserted'],
    ['Russia ruled out talks with Georgia.', 'russia -rejection-> georgia 120 asserted'],
    ["Taiwan spurned China's offer.", 'taiwan -rejection-> china 120 asserted'],
    ["The Philippines snubbed China's invitation.", 'philippines -rejection-> china 125 asserted'],
    ['Vietnam pulled out of talks with China.', 'vietnam -rejection-> china 125 asserted'],
  ])('"%s"', readsAs);
});

describe('14 protest', () => {
  it.each([
    ['Hezbollah took to the streets against Israel.', 'hezbollah -protest-> israel 141 asserted'],
    ['Hamas held a rally against Egypt.', 'hamas -protest-> egypt 141 asserted'],
  ])('"%s"', readsAs);
});

describe('13 threaten, 15 force posture, 16 reduce relations', () => {
  it.each([
    ['Iran threatened sanctions against Sweden.', 'iran -threat-> sweden 1312 asserted'],
    ['Albania intimidated Montenegro.', 'albania -threat-> montenegro 130 asserted'],
    ['Nigeria sent troops to Mali.', 'nigeria -mobilization-> mali 154 asserted'],
    ['Belarus moved troops toward Lithuania.', 'belarus -mobilization-> lithuania 154 asserted'],
    ['Hungary penalized Poland.', 'hungary -sanction-> poland 163 asserted'],
    ['Sudan suspended talks with South Sudan.', 'sudan -sanction-> south-sudan 164 asserted'],
  ])('"%s"', readsAs);
});

describe('17 coerce, 18-20 assault and fight', () => {
  it.each([
    ['Turkey annexed parts of Syria.', 'turkiye -coercion-> syria 171 asserted'],
    ['Egypt prosecuted journalists of Al Jazeera.', 'egypt -coercion-> al-jazeera 173 asserted'],
    ['Russia hijacked a ship of Ukraine.', 'russia -coercion-> ukraine 181 asserted'],
    ['Belarus held Roman Protasevich for a year.', 'belarus -coercion-> roman-protasevich 173 asserted'],
    ['Ethiopia bombarded Eritrea.', 'ethiopia -force-> eritrea 195 asserted'],
    ['Israel violated the ceasefire with Hezbollah.', 'israel -force-> hezbollah 196 asserted'],
    ['Uganda overran positions of al-Shabaab.', 'uganda -force-> al-shabaab 192 asserted'],
  ])('"%s"', readsAs);
});

describe('ambiguous words read only in their declared sense', () => {
  it('"hold": a person held is coercion; talks, meetings and states held are not', () => {
    expect(readings('Belarus held talks with Poland.')).toEqual(['belarus -negotiation-> poland 046 asserted']);
    expect(readings('Egypt held a meeting with Hamas.')).toEqual(['egypt -communication-> hamas 044 asserted']);
    expect(readings('Belarus held Lithuania responsible for the incident.')).toEqual([]);
  });

  it('"release": the released are the target, a statement released about someone is no retreat', () => {
    expect(readings('Turkey released soldiers of Syria.')).toEqual(['turkiye -retreat-> syria 0841 asserted']);
    expect(readings('Turkey released a statement on Syria.')).toEqual([]);
  });

  it('"deny": its object, not the object of a verb coordinated after it', () => {
    expect(readings('Venezuela denied providing support to rebels of Colombia, and criticized Colombia.')).not.toContain('venezuela -rejection-> colombia 120 asserted');
  });
});
