import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFullscreen } from './useFullscreen';

const escape = () => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })));

describe('useFullscreen', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    // jsdom has no Fullscreen API: each test installs the one it needs.
    Reflect.deleteProperty(document.documentElement, 'requestFullscreen');
    Reflect.deleteProperty(document, 'exitFullscreen');
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: undefined });
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
  });

  it('without the Fullscreen API fills the window instead, and Escape leaves it', async () => {
    const { result } = renderHook(() => useFullscreen());
    expect(result.current).toMatchObject({ active: false, fallback: false });
    await act(() => result.current.enter());
    expect(result.current).toMatchObject({ active: true, fallback: true });
    escape();
    expect(result.current).toMatchObject({ active: false, fallback: false });
  });

  it('falls back as well when the browser refuses full screen', async () => {
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    const request = vi.fn(() => Promise.reject(new TypeError('Permissions check failed')));
    document.documentElement.requestFullscreen = request;
    const { result } = renderHook(() => useFullscreen());
    await act(() => result.current.enter());
    expect(request).toHaveBeenCalledTimes(1);
    expect(result.current).toMatchObject({ active: true, fallback: true });
  });

  it('uses the Fullscreen API where it exists and follows the browser leaving it', async () => {
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, value: true });
    document.documentElement.requestFullscreen = vi.fn(async () => {
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: document.documentElement });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    const exit = vi.fn(async () => {
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    document.exitFullscreen = exit;
    const { result } = renderHook(() => useFullscreen());
    await act(() => result.current.enter());
    expect(result.current).toMatchObject({ active: true, fallback: false });
    // The browser's own Escape (or its "leave full screen" bar) only fires the event: the state follows it.
    act(() => {
      Object.defineProperty(document, 'fullscreenElement', { configurable: true, value: null });
      document.dispatchEvent(new Event('fullscreenchange'));
    });
    expect(result.current.active).toBe(false);
    await act(() => result.current.enter());
    escape();
    await act(async () => undefined);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(result.current.active).toBe(false);
  });
});
