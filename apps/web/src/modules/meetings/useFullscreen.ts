import { useCallback, useEffect, useState } from 'react';

export interface Fullscreen {
  active: boolean;
  /** True when the browser refused or lacks the Fullscreen API and the view only fills the window. */
  fallback: boolean;
  enter: () => Promise<void>;
  exit: () => Promise<void>;
}

/**
 * The whole screen for the projector. Where the Fullscreen API is missing or refused (an embedded browser,
 * an iframe without permission) the view fills the window instead; Escape leaves either.
 */
export function useFullscreen(): Fullscreen {
  const [native, setNative] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);
  const [fallback, setFallback] = useState(false);
  useEffect(() => {
    const sync = () => setNative(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', sync);
    return () => {
      document.removeEventListener('fullscreenchange', sync);
      // Leaving the page (the way back to the meeting) leaves full screen too.
      if (document.fullscreenElement && document.exitFullscreen) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  const exit = useCallback(async () => {
    setFallback(false);
    if (document.fullscreenElement && document.exitFullscreen) await document.exitFullscreen().catch(() => undefined);
  }, []);
  const enter = useCallback(async () => {
    const root = document.documentElement;
    if (document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
      try {
        await root.requestFullscreen();
        return;
      } catch {
        // Refused (no user gesture, permissions policy): fill the window instead.
      }
    }
    setFallback(true);
  }, []);
  // Browsers leave native full screen on Escape by themselves; the fallback and synthetic keyboards need this.
  useEffect(() => {
    if (!native && !fallback) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') void exit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [native, fallback, exit]);
  return { active: native || fallback, fallback, enter, exit };
}
