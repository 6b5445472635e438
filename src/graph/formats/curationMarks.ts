// Curation marks read back from a file: only the marks the contract knows, none when empty.
import { CURATION_MARKS, type CurationMark } from '../../domain/contract';
import { stringList } from './attributeValues';

export function curationMarks(value: unknown): CurationMark[] | undefined {
  const marks = (stringList(value) ?? []).filter((m): m is CurationMark => (CURATION_MARKS as readonly string[]).includes(m));
  return marks.length > 0 ? [...new Set(marks)] : undefined;
}
