// What the article dialog needs from src/extract, in one chunk loaded with the first article.
export { articleFingerprint } from '../../extract/articleInput';
export { articleDocument, readArticleDraft } from '../../extract/articleDraft';
export { actorRecordsOf } from '../../extract/sessionActors';
export { undatedCount, undatedLeftOut } from '../../extract/undatedWarning';
