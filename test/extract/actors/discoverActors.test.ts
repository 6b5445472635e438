// Actors the dictionary lacks, read from the parse and the gazetteers: sentences about other actors
// and conflicts than the seed articles.
import { describe, expect, it } from 'vitest';
import { actorOf, extractArticles, relationTriples, unscoped } from '../../support/extractText';
import '../../support/syntaxModel';
import type { ExtractionResult } from '../../../src/extract/types';

const run = extractArticles;
const triples = relationTriples;
const actor = actorOf;
const persons = (r: ExtractionResult) => r.actors.filter((a) => a.kind === 'person').map((a) => a.id);

describe('persons without a title', () => {
  it('the subject of a relation verb, named in three words', () => {
    const r = run('Amir Saeed Iravani accused Israel of violating the truce on Monday.');
    expect(actor(r, 'amir-saeed-iravani')).toMatchObject({ kind: 'person' });
    expect(triples(r)).toContain('amir-saeed-iravani -accusation-> israel');
  });

  it('an apposition gives the affiliation and keeps the state out of the relation', () => {
    const r = run('Amir Saeed Iravani, Iran\'s UN ambassador, accused Israel of aggression.');
    expect(actor(r, 'amir-saeed-iravani')).toMatchObject({ kind: 'person', affiliation: 'iran', description: "Iran's UN ambassador" });
    expect(triples(r)).toEqual(['amir-saeed-iravani -accusation-> israel']);
  });

  it('the subject of a light verb on an event noun ("had a meeting with", "held talks with") is a person too', () => {
    const r = run('Maria Lopez had a long meeting with Prime Minister Nikol Pashinyan on Monday. Omar Haddad held talks with Ethiopian officials.');
    expect(triples(r)).toEqual(expect.arrayContaining(['maria-lopez -communication-> nikol-pashinyan', 'omar-haddad -negotiation-> ethiopia']));
  });

  it('a light verb on a word that names no relation makes nobody: "Maria Lopez had a long day"', () => {
    expect(persons(run('Maria Lopez had a long day in Yerevan with Prime Minister Nikol Pashinyan.'))).toEqual(['nikol-pashinyan']);
  });

  it('names with particles and initials stay whole', () => {
    const r = run('F. W. de Klerk criticized Zimbabwe on Friday. Humberto de la Calle accused Venezuela.');
    expect(persons(r).sort()).toEqual(['f-w-de-klerk', 'humberto-de-la-calle']);
  });

  it('"at" and "as" join a name only with a hyphen: "Ahmed at-Tayyib", not "Mitsotakis at Maximos"', () => {
    const r = run('Prime Minister Kyriakos Mitsotakis at Maximos Mansion met Sheikh Ahmed at-Tayyib on Monday.');
    expect(persons(r).sort()).toEqual(['ahmed-at-tayyib', 'kyriakos-mitsotakis']);
  });

  it('a title word opening the run is not part of the name: "Assistant Secretary of State Wendy Sherman"', () => {
    const r = run('Assistant Secretary of State Wendy Sherman met Chinese officials in Beijing.');
    expect(persons(r)).toEqual(['wendy-sherman']);
  });

  it('an acronym in brackets after a titled name is the person\'s alias, used later', () => {
    const r = run('Prince Khalid bin Salman (KBS) visited Oman on Monday. KBS later criticized Iran.');
    expect(actor(r, 'khalid-bin-salman')!.aliases).toContain('KBS');
    expect(triples(r)).toContain('khalid-bin-salman -accusation-> iran');
  });

  it('one name word of a person named earlier is that person, family name first included', () => {
    const r = run('Chinese Vice Premier Wang Yang met Kenyan officials on Monday. Wang later criticized Japan.');
    expect(persons(r)).toEqual(['wang-yang']);
    expect(triples(r)).toContain('wang-yang -accusation-> japan');
  });

  it('headlines, captions and credits never make people', () => {
    const r = run('Tensions Rise As Talks Stall\n\nPhoto: Press Office\n\nThe talks between Kenya and Somalia stalled on Monday.');
    expect(persons(r)).toEqual([]);
  });
});

describe('organisations named with their acronym', () => {
  it('", known as MFDC" after the full name, then the acronym alone', () => {
    const r = run('The Movement of Democratic Forces of Casamance, known as MFDC, attacked a village. The MFDC later threatened Senegal.');
    const id = r.actors.find((a) => a.aliases.includes('MFDC'))?.id;
    expect(id).toBe('movement-of-democratic-forces-of-casamance');
    expect(triples(r)).toContain(`${id} -threat-> senegal`);
  });
});

describe('groups named by nationality or role', () => {
  it('"Sudanese rebels" is a group affiliated with Sudan, named the same in every document', () => {
    const r = run('Sudanese rebels attacked Chad on Monday.', 'Chad accused the Sudanese rebels of shelling.');
    expect(actor(r, 'sudanese-rebels')).toMatchObject({ kind: 'group', affiliation: 'sudan' });
    expect(triples(r)).toEqual(['chad -accusation-> sudanese-rebels', 'sudanese-rebels -force-> chad']);
  });

  it('"Liberian riot police" is the state, as "Liberian police" is (data/actorWords.json stateGroupNouns)', () => {
    const r = run('Liberian riot police attacked protesters in Monrovia on Monday.');
    expect(actor(r, 'liberian-riot-police')).toBeUndefined();
    expect(actor(r, 'protesters')).toMatchObject({ kind: 'group' });
    expect(triples(r)).toEqual(['liberia -force-> protesters']);
  });

  it('a state\'s own troops are the state', () => {
    const r = run('Ethiopian troops attacked Eritrea on Monday.');
    expect(triples(r)).toEqual(['ethiopia -force-> eritrea']);
    expect(r.actors.some((a) => a.kind === 'group')).toBe(false);
  });

  it('"Iranians" are the state, "14 Palestinians" counted people are not', () => {
    const r = run('Iranians condemned Israel on Monday.');
    expect(triples(r)).toEqual(['iran -accusation-> israel']);
    const counted = run('Israel killed 14 Palestinians on Saturday.');
    expect(triples(counted)).not.toContain('israel -force-> palestine');
  });

  it('"the militants" after "Islamist militants" is the same group; a bare "rebels" with no group named is a group of its own', () => {
    const r = run('Islamist militants attacked Niger on Monday. Niger said the militants also threatened Mali.');
    expect(r.actors.filter((a) => a.kind === 'group').map((a) => unscoped(a.id))).toEqual(['islamist-militants']);
    const bare = run('Rebels attacked the town on Monday.');
    expect(bare.actors.filter((a) => a.kind === 'group').map((a) => unscoped(a.id))).toEqual(['rebels']);
  });
});
