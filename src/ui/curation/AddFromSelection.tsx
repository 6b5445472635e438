import { useEffect, useState, type RefObject } from 'react';
import type { ArticleMention } from '../../graph/articleMentions';
import type { DocumentMeta } from '../../domain/contract';
import { widenToSentences, type TextSpan } from '../../graph/curation/sentenceSpan';
import { AddRelationDialog } from './AddRelationDialog';
import { selectedBodySpan } from './readerSelection';

// The extractor's sentence splitter loads on first use (it brings its language model).
const sentenceCache = new Map<string, Promise<TextSpan[]>>();

function sentencesOf(doc: DocumentMeta): Promise<TextSpan[]> {
  let found = sentenceCache.get(doc.id);
  if (!found) {
    found = import('../../extract/tokenize').then((m) => m.tokenize(doc.body).sentences.map((s) => ({ start: s.start, end: s.end })));
    sentenceCache.set(doc.id, found);
  }
  return found;
}

type State = { kind: 'idle' } | { kind: 'reading' } | { kind: 'open'; span: TextSpan; named: string[] } | { kind: 'error'; message: string };

/**
 * "Add relation from selection" in the source reader: the selected text is widened to the whole
 * sentence(s) it touches, and the dialog adds a relation with exactly that text as evidence.
 */
export function AddFromSelection({ doc, text, mentions }: { doc: DocumentMeta; text: RefObject<HTMLElement | null>; mentions: readonly ArticleMention[] }) {
  const [selected, setSelected] = useState<TextSpan | null>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    const follow = () => {
      const root = text.current;
      const span = root ? selectedBodySpan(root, document.getSelection()) : null;
      // A click on the button must not forget the selection it is about.
      if (span) setSelected(span);
      else if (document.getSelection()?.isCollapsed && root?.contains(document.getSelection()?.anchorNode ?? null)) setSelected(null);
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [text]);
  useEffect(() => setSelected(null), [doc.id]);

  const start = async () => {
    if (!selected) return;
    setState({ kind: 'reading' });
    try {
      const span = widenToSentences(await sentencesOf(doc), selected);
      if (!span) {
        setState({ kind: 'error', message: 'The selection holds no sentence. Select some words of one.' });
        return;
      }
      const named = [...new Set(mentions.filter((m) => m.start >= span.start && m.end <= span.end).map((m) => m.actor))];
      setState({ kind: 'open', span, named });
    } catch (err) {
      setState({ kind: 'error', message: `The sentences of this article could not be found (${err instanceof Error ? err.message : String(err)}).` });
    }
  };

  return (
    <div className="add-from-selection">
      <button type="button" className="reader-jump" disabled={!selected || state.kind === 'reading'} aria-haspopup="dialog" onClick={() => void start()} data-testid="add-relation-open">
        {state.kind === 'reading' ? 'Finding the sentence…' : 'Add relation from selected text'}
      </button>
      {!selected && <span className="muted"> Select words of a sentence first.</span>}
      {state.kind === 'error' && (
        <span className="curation-problem" role="alert">
          {' '}
          {state.message}
        </span>
      )}
      {state.kind === 'open' && <AddRelationDialog doc={doc} span={state.span} named={state.named} onClose={() => setState({ kind: 'idle' })} />}
    </div>
  );
}
