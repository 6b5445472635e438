import { KIND_COLORS } from '../../graph/appearance';
import type { ArticleMarkup } from '../../graph/articleMentions';
import type { DramatisGraph } from '../../graph/buildGraph';

export interface ActorInfo {
  label: string;
  color: string;
}

export function actorInfo(graph: DramatisGraph, id: string): ActorInfo {
  if (!graph.hasNode(id)) return { label: id, color: KIND_COLORS.other };
  const a = graph.getNodeAttributes(id);
  return { label: a.label, color: KIND_COLORS[a.kind] ?? KIND_COLORS.other };
}

/** Each actor the article mentions, with how often. */
export function mentionedActors(graph: DramatisGraph, markup: ArticleMarkup): Map<string, ActorInfo & { count: number }> {
  const info = new Map<string, ActorInfo & { count: number }>();
  for (const m of markup.mentions) {
    const known = info.get(m.actor);
    if (known) known.count += 1;
    else info.set(m.actor, { ...actorInfo(graph, m.actor), count: 1 });
  }
  return info;
}
