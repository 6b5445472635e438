import { Fragment } from 'react';
import { isolatedParts } from '../graph/bidiText';

/**
 * Text the app composed around strangers' strings (notices, messages): each string it put in an
 * isolate (isolate() in graph/bidiText.ts) is rendered as a <bdi>, so its bidi controls cannot
 * reorder the app's own words.
 */
export function BidiText({ text }: { text: string }) {
  return (
    <>
      {isolatedParts(text).map((part, i) => (part.isolated ? <bdi key={i}>{part.text}</bdi> : <Fragment key={i}>{part.text}</Fragment>))}
    </>
  );
}
