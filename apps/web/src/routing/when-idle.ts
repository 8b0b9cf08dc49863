/**
 * Runs `work` once the browser has a moment (or after a second at most), so that it does not compete with the first
 * render: the live channels' code (socket.io) and their connections wait for it. Returns the cancel function.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 200);
  return () => window.clearTimeout(handle);
}
