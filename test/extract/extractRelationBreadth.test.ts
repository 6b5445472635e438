// The relations data/relations.json gained for PLOVER breadth (issue 17 item 5): agreement,
// cooperation, aid, concession, retreat, demand, rejection, mobilization and coercion. Each is read
// from its cues, in the right direction, on sentences about actors and conflicts other than the seed
// articles; phrases decide between relations that share a word ("lifted sanctions" is no sanction).
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import type { ExtractedEvent } from '../../src/extract/types';

const PUBLISHED = '2024-05-08';

const resources = defaultResources();

const events = (body: string): ExtractedEvent[] =>
  extractCorpus([{ name: 't.md', text: `---\ntitle: T\npublished: ${PUBLISHED}\n---\n${body}` }], resources).events.filter(
    (e) => e.relation !== 'affiliation',
  );

/** "source -relation-> target cameo modality" for each relation edge, sorted. */
const readings = (body: string): string[] => events(body).map((e) => `${e.source} -${e.relation}-> ${e.target} ${e.cameo} ${e.modality}`).sort();

describe('agreement (PLOVER AGREE): one event between the parties, either way round', () => {
  it.each([
    ['Colombia signed a peace agreement with Peru in Havana.', 'colombia -agreement-> peru 057 asserted'],
    ['Armenia and Azerbaijan agreed to a ceasefire on Saturday.', 'armenia -agreement-> azerbaijan 030 asserted'],
    ['Sudan reached an agreement with South Sudan over oil fees.', 'sudan -agreement-> south-sudan 057 asserted'],
    ["Ethiopia's deal with Eritrea ended two decades of war.", 'ethiopia -agreement-> eritrea 057 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });

  it('"agreed to" still makes the act agreed on planned, beside the agreement', () => {
    expect(readings('Chile agreed to hold talks with Bolivia.')).toEqual(['chile -agreement-> bolivia 030 asserted', 'chile -negotiation-> bolivia 046 planned']);
  });
});

describe('cooperation (PLOVER COOPERATE)', () => {
  it.each([
    ['Kenya cooperated with Somalia on border security.', 'kenya -cooperation-> somalia 060 asserted'],
    ['Indonesia worked closely with Australia on the smuggling cases.', 'indonesia -cooperation-> australia 060 asserted'],
    ['Egypt joined forces with Greece against the traffickers.', 'egypt -cooperation-> greece 062 asserted'],
    ['Jordan shared intelligence with France about the cell.', 'jordan -cooperation-> france 064 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });
});

describe('aid (PLOVER AID): from the giver to the receiver', () => {
  it.each([
    ['Japan sent humanitarian aid to Turkey after the earthquake.', 'japan -aid-> turkiye 073 asserted'],
    ['Iran supplies Russia with drones.', 'iran -aid-> russia 070 asserted'],
    ["Norway's donation to Malawi arrived in May.", 'norway -aid-> malawi 071 asserted'],
    ['The United States continued to send arms to Pakistan.', 'united-states -aid-> pakistan 072 asserted'],
    ['Peru granted diplomatic asylum to soldiers of Panama.', 'peru -aid-> panama 075 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });
});

describe('concession (PLOVER CONCEDE)', () => {
  it.each([
    ['Colombia apologized to Ecuador for the raid.', 'colombia -concession-> ecuador 055 asserted'],
    ['The European Union lifted sanctions on Belarus in February.', 'european-union -concession-> belarus 085 asserted'],
    ['Serbia eased restrictions on Croatia on Monday.', 'serbia -concession-> croatia 081 asserted'],
    ['Britain gave in to Iceland over fishing rights.', 'united-kingdom -concession-> iceland 080 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });

  it('lifting sanctions is not a sanction, imposing them is', () => {
    expect(readings('Canada lifted the sanctions on Myanmar.')).toEqual(['canada -concession-> myanmar 085 asserted']);
    expect(readings('Canada imposed sanctions on Myanmar.')).toEqual(['canada -sanction-> myanmar 163 asserted']);
  });
});

describe('retreat (PLOVER RETREAT): releases, withdrawals, surrender', () => {
  it.each([
    ['Russia freed two soldiers of Ukraine on Friday.', 'russia -retreat-> ukraine 0841 asserted'],
    ['Hamas surrendered to Israel near the border.', 'hamas -retreat-> israel 0874 asserted'],
    ["Syria's pullout of Lebanon ended in 2005.", 'syria -retreat-> lebanon 0874 asserted'],
    ['Israel withdrew its forces from Lebanon.', 'israel -retreat-> lebanon 0874 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });

  // Retreat takes its target after "from" (data/roleFrames.json).
  it('"Israel withdrew from Lebanon in 2000." → israel -retreat-> lebanon', () => {
    expect(readings('Israel withdrew from Lebanon in 2000.')).toContain('israel -retreat-> lebanon 0874 asserted');
  });

  // Known gap: the parser reads "to free soldiers of Eritrea" as an adjective phrase attached with
  // "to", so the appeal also takes Eritrea as a target (kenya -appeal-> eritrea).
  it.fails('"urged Ethiopia to free ..." asks for a release that has not happened (GAP: misparse adds Eritrea)', () => {
    expect(readings('Kenya urged Ethiopia to free soldiers of Eritrea.')).toEqual([
      'ethiopia -retreat-> eritrea 0841 hypothetical',
      'kenya -appeal-> ethiopia 020 asserted',
    ]);
  });
});

describe('demand (PLOVER REQUEST/DEMAND) and appeal stay apart', () => {
  it.each([
    ['Greece demanded compensation from Germany.', ['greece -demand-> germany 100 asserted']],
    ["Beijing demanded Tokyo's apology.", ['china -demand-> japan 100 asserted']],
    ['China pressed for an apology from Japan.', ['china -demand-> japan 100 asserted']],
    ["Poland demanded Belarus's explanation.", ['poland -demand-> belarus 100 asserted']],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual(expected);
  });

  it('"pressed X to" is an appeal, "pressed for" a demand', () => {
    expect(readings('Germany pressed Hungary to lift its veto.')).toEqual(['germany -appeal-> hungary 020 asserted']);
    expect(readings("Germany pressed for Hungary's approval.")).toEqual(['germany -demand-> hungary 100 asserted']);
  });
});

describe('rejection (PLOVER REJECT): the one rejecting to the one whose proposal, claim or call it is', () => {
  it.each([
    ["Pakistan rejected India's allegation.", 'pakistan -rejection-> india 120 asserted'],
    ["Venezuela dismissed Colombia's claims about the camps.", 'venezuela -rejection-> colombia 120 asserted'],
    ["Hamas turned down Egypt's proposal.", 'hamas -rejection-> egypt 120 asserted'],
    ["Russia vetoed France's resolution.", 'russia -rejection-> france 129 asserted'],
    ['Israel refused to meet Jordan in Amman.', 'israel -rejection-> jordan 120 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });

  it('refusing to meet is a rejection and a negated meeting', () => {
    expect(readings('Israel refused to meet Jordan in Amman.')).toEqual(['israel -communication-> jordan 044 negated', 'israel -rejection-> jordan 120 asserted']);
  });
});

describe('mobilization (PLOVER MOBILIZE)', () => {
  it.each([
    ['Azerbaijan mobilised reservists against Armenia.', 'azerbaijan -mobilization-> armenia 154 asserted'],
    ['Venezuela deployed troops against Guyana on Sunday.', 'venezuela -mobilization-> guyana 150 asserted'],
    ["Russia's military buildup on the border with Ukraine alarmed NATO.", 'russia -mobilization-> ukraine 154 asserted'],
    ['Russia massed troops against Ukraine.', 'russia -mobilization-> ukraine 154 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });
});

describe('coercion (PLOVER COERCE): arrests, bans, deportations, crackdowns', () => {
  it.each([
    ['Belarus arrested Lithuanian diplomats.', 'belarus -coercion-> lithuania 173 asserted'],
    ['Ghana deported citizens of Liberia.', 'ghana -coercion-> liberia 174 asserted'],
    ['Uganda banned Amnesty International from the country.', 'uganda -coercion-> amnesty-international 172 asserted'],
    ["Myanmar's crackdown on the National League for Democracy drew condemnation.", 'myanmar -coercion-> national-league-for-democracy 175 asserted'],
    ['Hamas kidnapped soldiers of Israel.', 'hamas -coercion-> israel 181 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toContain(expected);
  });

  it('a rights group reporting arrests accuses the one arresting (coercion is accusable)', () => {
    expect(readings('According to Amnesty International, Egypt detained journalists of Al Jazeera.')).toEqual([
      'amnesty-international -accusation-> egypt 112 asserted',
      'egypt -coercion-> al-jazeera 173 reported',
    ]);
  });

  it('seizing positions is force, as attacks are', () => {
    expect(readings('Kenyan troops seized positions from al-Shabaab near Kismayo.')).toEqual(['kenya -force-> al-shabaab 192 asserted']);
  });
});

describe('cues added for real-news misses (issue 17 item 1): each in its relation and direction', () => {
  it.each([
    ['The United States imposed penalties on China.', 'united-states -sanction-> china 163 asserted'],
    ['Kenya deplored Uganda\'s decision.', 'kenya -accusation-> uganda 111 asserted'],
    ['Ethiopia defended Somalia against the criticism.', 'ethiopia -support-> somalia 050 asserted'],
    ['Chad severed diplomatic relations with Sudan.', 'chad -sanction-> sudan 161 asserted'],
    ["Turkey's foreign minister began a trip to Iraq.", 'turkiye -communication-> iraq 042 asserted'],
  ])('"%s"', (sentence, expected) => {
    expect(readings(sentence)).toEqual([expected]);
  });
});
