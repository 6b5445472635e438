import type { ReactNode } from 'react';
import { originText, type DraftField } from '../../extract/articleDraft';

interface Props {
  name: string;
  id: string;
  field: DraftField;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  note?: ReactNode;
  disabled: boolean;
}

/** One detail of the article, saying where its value came from (the page, the text, or the user). */
export function ArticleField(props: Props) {
  const origin = props.field.origin && props.value === props.field.value ? originText(props.field.origin) : props.value ? 'as you entered it' : '';
  return (
    <label className="article-field" data-testid={`article-field-${props.id}`}>
      <span className="article-field-name">
        {props.name}
        {origin && <span className="article-origin" data-testid="article-origin"> — {origin}</span>}
      </span>
      <input type="text" value={props.value} placeholder={props.placeholder} onChange={(e) => props.onChange(e.target.value)} disabled={props.disabled} />
      {props.note && <span className="article-note">{props.note}</span>}
    </label>
  );
}
