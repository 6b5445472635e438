// Stories: pure step transitions, the story file reader (bad input gets a message, never a crash),
// and steps read through the same URL code as shared links.
import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/graph/bidiText';
import { DEFAULT_FILTERS } from '../../src/graph/filterState';
import {
  addStep,
  createStory,
  deleteStep,
  mergeStories,
  moveStep,
  moveStepTo,
  renameStory,
  setCaption,
  setStepView,
  storyTitle,
  type Story,
  type StoryStep,
} from '../../src/store/story';
import { parseStoryFileText, readStoryFile, storyFile } from '../../src/store/storyFile';
import { readStepView, readStoryLocation, resolveStepRef, stepViewOf, storyIssues, withStoryLocation } from '../../src/store/storyViews';
import type { UrlVocabulary } from '../../src/store/urlState';

const vocab: UrlVocabulary = {
  relations: new Set(['threat', 'communication', 'force']),
  docs: new Set(['doc-a']),
  hasNode: (id) => ['iran', 'united-states', 'israel'].includes(id),
  hasEdge: (id) => id === 'doc-a:4:12:iran:united-states',
};

const step = (id: string, query = '', caption = ''): StoryStep => ({ id, view: { query, camera: { x: 0.5, y: 0.5, ratio: 1, angle: 0 } }, caption });

function threeSteps(): Story {
  let s = createStory('s1', 'June war');
  s = addStep(s, step('a', 'from=2025-06-01&to=2025-06-12'));
  s = addStep(s, step('b', 'focus=iran'));
  return addStep(s, step('c', 'sel=doc-a:4:12:iran:united-states'));
}

describe('story transitions', () => {
  it('adds steps at the end, or after a given step', () => {
    const s = threeSteps();
    expect(s.steps.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(addStep(s, step('d'), 'a').steps.map((x) => x.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(addStep(s, step('d'), 'nope').steps.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moves steps up and down, and by dragging, without going past either end', () => {
    const s = threeSteps();
    expect(moveStep(s, 'c', -1).steps.map((x) => x.id)).toEqual(['a', 'c', 'b']);
    expect(moveStep(s, 'a', 1).steps.map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(moveStep(s, 'a', -1)).toBe(s);
    expect(moveStep(s, 'c', 1)).toBe(s);
    expect(moveStepTo(s, 0, 2).steps.map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(moveStepTo(s, 2, -5).steps.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it('edits a caption and a view, deletes a step, renames; the input is never changed', () => {
    const s = threeSteps();
    const frozen = JSON.stringify(s);
    const captioned = setCaption(s, 'b', 'Iran and its **neighbours**');
    expect(captioned.steps[1]!.caption).toBe('Iran and its **neighbours**');
    expect(setStepView(s, 'a', { query: 'rel=force', camera: null }).steps[0]!.view).toEqual({ query: 'rel=force', camera: null });
    expect(deleteStep(s, 'b').steps.map((x) => x.id)).toEqual(['a', 'c']);
    expect(deleteStep(s, 'zzz')).toBe(s);
    expect(renameStory(s, 'The June war ').title).toBe('The June war ');
    expect(storyTitle(renameStory(s, '   '))).toBe('Untitled story');
    expect(JSON.stringify(s)).toBe(frozen);
  });

  it('merging imported stories never overwrites a kept one', () => {
    const kept = [threeSteps()];
    const same = threeSteps();
    const other = { ...threeSteps(), title: 'Another' };
    let n = 0;
    const merged = mergeStories(kept, [same, other], () => `fresh${++n}`);
    expect(merged.unchanged.map((s) => s.id)).toEqual(['s1']);
    expect(merged.renamed).toEqual([{ from: 's1', to: 'fresh1' }]);
    expect(merged.stories.map((s) => [s.id, s.title])).toEqual([
      ['s1', 'June war'],
      ['fresh1', 'Another'],
    ]);
  });
});

describe('story files', () => {
  it('round-trips through JSON', () => {
    const text = JSON.stringify(storyFile([threeSteps()]));
    const read = parseStoryFileText(text);
    expect(read).toEqual({ ok: true, stories: [threeSteps()], problems: [] });
  });

  it('refuses what is not a story file, with a message that says why', () => {
    const cases: Array<[string, RegExp]> = [
      ['{not json', /not valid JSON/],
      ['[]', /not a story file/],
      ['{"format":"gexf","version":1,"stories":[]}', /"format" should be "dramatis-stories"/],
      ['{"format":"dramatis-stories","stories":[]}', /no "version"/],
      ['{"format":"dramatis-stories","version":2,"stories":[]}', /newer Dramatis \(version 2\)/],
      ['{"format":"dramatis-stories","version":"1","stories":[]}', /not a version number/],
      ['{"format":"dramatis-stories","version":1}', /no "stories" list/],
    ];
    for (const [text, message] of cases) {
      const r = parseStoryFileText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(message);
    }
  });

  it('leaves out broken stories and steps one by one and keeps the rest', () => {
    const r = readStoryFile({
      format: 'dramatis-stories',
      version: 1,
      stories: [
        'nonsense',
        { id: 'bad id with spaces', title: 'x', steps: [] },
        {
          id: 'ok',
          title: 'Kept',
          steps: [
            step('s1', 'focus=iran', 'fine'),
            { id: 's2', view: {}, caption: 'no query' },
            { id: 's1', view: { query: '' } },
            { id: 's3', view: { query: '?rel=force', camera: { x: 'a' } }, caption: 42 },
          ],
        },
        { id: 'ok', title: 'Twice', steps: [] },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]!.steps.map((s) => s.id)).toEqual(['s1', 's3']);
    expect(r.stories[0]!.steps[1]).toEqual({ id: 's3', view: { query: 'rel=force', camera: null }, caption: '' });
    const text = r.problems.join('\n');
    expect(text).toMatch(/Story 1 is not an object/);
    expect(text).toMatch(/Story 2 has no valid id/);
    expect(text).toMatch(/Story “Kept”, step 2 has no view query/);
    expect(text).toMatch(/step 3 repeats the id s1/);
    expect(text).toMatch(/step 4: its camera is not/);
    expect(text).toMatch(/step 4: its caption is not text/);
    expect(text).toMatch(/“Twice” repeats the id ok/);
  });

  it('reads the stories a graph JSON export carries in its attributes', () => {
    const graph = { options: { type: 'directed', multi: true }, nodes: [], edges: [], attributes: { documents: [], stories: storyFile([threeSteps()]) } };
    expect(parseStoryFileText(JSON.stringify(graph))).toEqual({ ok: true, stories: [threeSteps()], problems: [] });
    const bare = parseStoryFileText(JSON.stringify({ ...graph, attributes: { documents: [] } }));
    expect(bare.ok === false && bare.error).toBe('This graph file carries no stories.');
  });

  it('caption text is kept as text, whatever it contains', () => {
    const r = readStoryFile({ format: 'dramatis-stories', version: 1, stories: [{ id: 'x', title: '<b>t</b>', steps: [step('a', '', '<script>alert(1)</script>')] }] });
    expect(r.ok && r.stories[0]!.steps[0]!.caption).toBe('<script>alert(1)</script>');
    expect(r.ok && r.stories[0]!.title).toBe('<b>t</b>');
  });
});

describe('step views', () => {
  it('are written by the URL code and read back to the same view', () => {
    const filters = { ...DEFAULT_FILTERS, from: '2025-06-01', to: '2025-06-12', relations: ['force'], focus: 'iran', hops: 2 as const };
    const saved = stepViewOf({ filters, searchQuery: '', selection: { kind: 'edge', edge: 'doc-a:4:12:iran:united-states' }, mainView: 'graph' }, { x: 0.3, y: 0.6, ratio: 0.5, angle: 0.2 });
    expect(saved.query).toBe('from=2025-06-01&to=2025-06-12&rel=force&focus=iran&hops=2&sel=doc-a%3A4%3A12%3Airan%3Aunited-states');
    const { view, ignored } = readStepView(saved, vocab);
    expect(ignored).toEqual([]);
    expect(view.filters).toEqual(filters);
    expect(view.selection).toEqual({ kind: 'edge', edge: 'doc-a:4:12:iran:united-states' });
  });

  it('values this graph lacks are listed per story and step, and left out', () => {
    const s = { ...threeSteps(), steps: [step('a', 'focus=atlantis&rel=force,teleport'), step('b', 'sel=iran')] };
    expect(storyIssues([s], vocab)).toEqual([
      // The title is the story author's: isolated from the sentence around it.
      `Story “${isolate('June war')}”, step 1: Ignored rel=teleport: no relation has this id.`,
      `Story “${isolate('June war')}”, step 1: Ignored focus=atlantis: no actor has this id.`,
    ]);
    expect(readStepView(s.steps[0]!.view, vocab).view.filters).toMatchObject({ focus: null, relations: ['force'] });
  });

  it('the address bar carries story and step next to the view', () => {
    expect(withStoryLocation('?from=2025-06-01&rel=force,threat', { storyId: 'abc', step: 'k3x9' })).toBe('?from=2025-06-01&rel=force,threat&story=abc&step=k3x9');
    expect(withStoryLocation('', { storyId: 'abc', step: null })).toBe('?story=abc');
    expect(withStoryLocation('?rel=force', null)).toBe('?rel=force');
    expect(readStoryLocation('?story=abc&step=2')).toEqual({ location: { storyId: 'abc', step: '2' }, ignored: [] });
    expect(readStoryLocation('?story=abc&step=k3x9')).toEqual({ location: { storyId: 'abc', step: 'k3x9' }, ignored: [] });
    expect(readStoryLocation('?story=abc&step=a%20b')).toEqual({ location: { storyId: 'abc', step: null }, ignored: ["Ignored step=a b: use a step's id or its number from 1."] });
    expect(readStoryLocation('?step=3').ignored).toEqual(['Ignored step=3: no story is named (add story=<id>).']);
  });
});

describe('step links', () => {
  const story = { steps: [{ id: 'june' }, { id: 'jan' }, { id: '1' }].map((s) => ({ ...s, view: { query: '', camera: null }, caption: '' })) };

  it('name a step by its id, so reordering the steps keeps a link on the same step', () => {
    expect(resolveStepRef(story, 'jan')).toBe(1);
    const reordered = moveStepTo({ id: 's', title: 'S', ...story }, 1, 0);
    expect(reordered.steps[resolveStepRef(reordered, 'jan')]!.id).toBe('jan');
  });

  it('still accept a step number from 1; an id that looks like a number wins', () => {
    expect(resolveStepRef(story, '2')).toBe(1);
    expect(resolveStepRef(story, '1')).toBe(2);
    expect(resolveStepRef(story, '4')).toBe(-1);
    expect(resolveStepRef(story, '0')).toBe(-1);
    expect(resolveStepRef(story, 'nope')).toBe(-1);
  });

  it('a story file whose steps carry no id still loads, each step named after its place', () => {
    const r = readStoryFile({ format: 'dramatis-stories', version: 1, stories: [{ id: 'old', title: 'Old', steps: [{ view: { query: 'rel=force' }, caption: 'a' }, { view: { query: '' }, caption: 'b' }] }] });
    expect(r.ok && r.stories[0]!.steps.map((s) => s.id)).toEqual(['step-1', 'step-2']);
    expect(r.ok && r.problems).toEqual([]);
  });
});
