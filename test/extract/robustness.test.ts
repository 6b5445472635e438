// Input the engine was not written for: it must answer with an empty result or a clear error, never throw.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../src/extract/defaultResources';
import { extractCorpus } from '../../src/extract/extractCorpus';
import { DocumentError } from '../../src/extract/parseDocument';
import { buildGraph } from '../../src/graph/buildGraph';
import { validateGraph } from '../../src/graph/validateGraph';

const wrap = (body: string) => [{ name: 'x.md', text: `---\ntitle: X\npublished: 2025-05-01\n---\n${body}` }];

describe('hostile or foreign input', () => {
  it.each([
    ['Russian text', 'Россия атаковала Украину в понедельник, заявил министр.'],
    ['Arabic text', 'قالت إيران يوم الاثنين إنها تبقي قنوات الاتصال مفتوحة مع الولايات المتحدة.'],
    ['Chinese text', '中国外交部发言人周一表示，中方反对任何形式的制裁。'],
    ['HTML page', '<html><head><script>alert(1)</script><style>p{}</style></head><body><p>Russia attacked <b>Ukraine</b> on Monday.</p></body></html>'],
    ['emoji and symbols', '🔥🔥 ⚠️ $$$ %%% ### @@@ ~~~ \u200b\u200b\u2028\u2029'],
    ['control characters', 'Russia\u0007 attacked\u0008 Ukraine\u001b[31m on Monday.'],
    ['one very long line', 'Russia met Ukraine. '.repeat(5000)],
    ['unbalanced quotes', '“Russia said, "Ukraine attacked” «and» ‘then’ "'],
  ])('%s gives a valid graph without throwing', (_what, body) => {
    const result = extractCorpus(wrap(body), defaultResources());
    const exported = buildGraph(result).export();
    expect(validateGraph(exported)).toEqual([]);
    for (const e of result.events) expect(result.documents[0]!.body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });

  it('binary input is refused with a clear message', () => {
    expect(() => extractCorpus([{ name: 'b.md', text: 'PK\u0003\u0004\u0000\u0000binary' }], defaultResources())).toThrow(DocumentError);
    expect(() => extractCorpus([{ name: 'b.md', text: 'PK\u0003\u0004\u0000\u0000binary' }], defaultResources())).toThrow(/b\.md.*binary/);
  });

  it('an empty body is refused with a clear message', () => {
    expect(() => extractCorpus([{ name: 'e.md', text: '---\ntitle: E\n---\n   \n' }], defaultResources())).toThrow(/e\.md.*no text/);
  });
});
