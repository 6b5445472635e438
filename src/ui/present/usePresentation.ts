// Presentation mode's effects on the page: browser full screen (when allowed), the classes that
// hide the chrome and set the theme, and the keys. Esc leaves.
import { useEffect, useState } from 'react';
import { openStoryOf, useStoryStore } from '../../store/storyStore';
import { currentSigma, onArranged, onSigmaChange } from '../../app/stage/sigmaRegistry';
import { refitCurrentStep, showRelativeStep, showStep } from '../../app/story/showStep';
import { stepTimeline, type TimelineMove } from './stepTimeline';

const KEY_MOVES: Readonly<Record<string, TimelineMove>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

const NOT_TYPED_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'image']);

/** Keys go to a text field or a select, not to the presentation. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** One presentation move: through the open story's steps, or through time when there is no story. */
export function presentMove(move: TimelineMove): void {
  const story = openStoryOf(useStoryStore.getState());
  if (!story || story.steps.length === 0) {
    stepTimeline(move);
    return;
  }
  if (move === 'next') showRelativeStep(1);
  else if (move === 'previous') showRelativeStep(-1);
  else showStep(move === 'first' ? 0 : story.steps.length - 1, { animate: true });
}

export function enterPresentation(): void {
  useStoryStore.getState().setPresenting(true);
  // Full screen needs the click's user activation; refused (headless, iframe, policy) it stays full-window.
  const root = document.documentElement;
  if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().catch(() => undefined);
  }
}

export function leavePresentation(): void {
  useStoryStore.getState().setPresenting(false);
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** The live renderer as React state: a presentation file starts presenting before sigma exists. */
function useLiveSigma(): ReturnType<typeof currentSigma> {
  const [sigma, setSigma] = useState(currentSigma);
  useEffect(() => {
    setSigma(currentSigma());
    const stop = onSigmaChange(setSigma);
    return () => {
      stop();
    };
  }, []);
  return sigma;
}

/** Mount once: follows the store's `presenting` and `highContrast`. */
export function usePresentation(): void {
  const presenting = useStoryStore((s) => s.presenting);
  const highContrast = useStoryStore((s) => s.highContrast);
  const sigma = useLiveSigma();

  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenting', presenting);
    root.classList.toggle('high-contrast', presenting && highContrast);
    // The stage changed size with the chrome: sigma notices on its next render (and then spaces the labels anew).
    sigma?.refresh();
    // The step on screen is fitted to the presentation's stage.
    if (presenting && sigma) refitCurrentStep();
  }, [presenting, highContrast, sigma]);

  useEffect(() => {
    const container = presenting ? sigma?.getContainer() : undefined;
    if (!container) return undefined;
    // Another screen or window size, or a caption or legend of another height: fit the step on
    // screen to the stage as it is now (once per frame at most).
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => refitCurrentStep());
    });
    observer.observe(container);
    // The actors are arranged anew for the new size a moment later (label spacing): fit to that too.
    const stopArranged = onArranged(() => refitCurrentStep());
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      stopArranged();
    };
  }, [presenting, sigma]);

  useEffect(() => {
    if (!presenting) return undefined;
    let wasFullscreen = document.fullscreenElement !== null;
    // Leaving full screen with the browser's own Esc (no key event reaches the page) ends the presentation too.
    const onFullscreenChange = () => {
      const now = document.fullscreenElement !== null;
      if (wasFullscreen && !now) useStoryStore.getState().setPresenting(false);
      wasFullscreen = now;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typingInto(e.target)) return;
      if (e.key === 'Escape') {
        // Before the app's own Esc (which clears the selection): here Esc only leaves.
        e.preventDefault();
        e.stopPropagation();
        leavePresentation();
        return;
      }
      const move = KEY_MOVES[e.key];
      if (!move) return;
      // Space on a focused button presses that button instead.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      e.preventDefault();
      e.stopPropagation();
      presentMove(move);
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [presenting]);
}
