/** The file a story is exported to: its title as a slug (letters and digits only, at most 60). */
export function storyFileName(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `dramatis-story-${slug || 'untitled'}.json`;
}
