import type { ExtractionProgress } from '../../store/articleStore';
import { progressText } from './articleDetailsWording';

/** How far the reading got: the model loading, the text splitting, then sentence by sentence. */
export function ArticleProgressLine({ progress }: { progress: ExtractionProgress }) {
  const text = progressText(progress);
  return (
    <div className="article-progress" role="status" data-testid="article-progress" data-phase={progress.phase}>
      <span>{text}</span>
      {progress.phase === 'reading' ? <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Sentences read" /> : <progress aria-label={text} />}
    </div>
  );
}
