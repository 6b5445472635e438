// A story file chosen in the story panel: size checked before it is read, then its stories added.
import { isolate } from '../../graph/bidiText';
import { useAppStore } from '../../store/appStore';
import { fileTooBig } from '../../store/fileLimits';
import { parseStoryFileText } from '../../store/storyFile';
import { importStoriesWithNotices } from '../../app/story/storySync';

export async function importStoryFile(file: File): Promise<void> {
  const from = `Story file ${isolate(file.name)}`;
  const { pushNotice } = useAppStore.getState();
  const tooBig = fileTooBig('story', isolate(file.name), file.size);
  if (tooBig) {
    pushNotice(`${from}: not imported. ${tooBig}`);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    pushNotice(`${from}: it could not be read (${err instanceof Error ? err.message : String(err)}).`);
    return;
  }
  importStoriesWithNotices(parseStoryFileText(text), from);
}
