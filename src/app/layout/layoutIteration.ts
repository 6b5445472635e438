import type { LayoutConvergence } from '../../graph/layout/layoutConvergence';
import type { LayoutPlan } from '../../graph/layout/layoutPlan';

/**
 * After one force-layout iteration: the share of the plan used so far (never going back) and
 * whether the layout ends here, converged or out of iterations. The time budget ends it by a timer.
 */
export function layoutIterationStep(
  plan: Pick<LayoutPlan, 'minIterations' | 'maxIterations' | 'maxMilliseconds'>,
  convergence: LayoutConvergence,
  iterations: number,
  elapsedMs: number,
  previousFraction: number,
): { fraction: number; end: 'converged' | 'budget' | null } {
  const fraction = Math.max(previousFraction, Math.min(1, Math.max(iterations / plan.maxIterations, elapsedMs / plan.maxMilliseconds, convergence.progress)));
  const end = iterations >= plan.minIterations && convergence.converged ? 'converged' : iterations >= plan.maxIterations ? 'budget' : null;
  return { fraction, end };
}
