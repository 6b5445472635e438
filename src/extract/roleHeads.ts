/**
 * The word a role is named by when it stands alone: the last word, or the word before "of"
 * ("secretary" of "deputy secretary of state", "minister" of "minister of defense").
 */
export function roleHead(role: string): string {
  const words = role.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  return of > 0 ? words[of - 1]! : words[words.length - 1]!;
}
