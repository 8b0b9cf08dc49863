import { Suspense } from 'react';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { lazyComponent, moduleOnce } from './lazy-component';

const Section = ({ label }: { label: string }) => <p>{label}</p>;

describe('lazyComponent', () => {
  it('renders at once, without its fallback, when its code arrived before the first render', async () => {
    const Lazy = lazyComponent(async () => ({ Section }), 'Section');
    Lazy.preload();
    await new Promise((r) => setTimeout(r, 0)); // the module's promise settles

    const fallback = vi.fn(() => <p>attesa</p>);
    const Fallback = () => fallback();
    act(() => {
      render(
        <Suspense fallback={<Fallback />}>
          <Lazy label="Piani dello spazio" />
        </Suspense>,
      );
    });
    // No await between the render and these: the content came in the same render, and the fallback never did.
    expect(screen.getByText('Piani dello spazio')).toBeTruthy();
    expect(fallback).not.toHaveBeenCalled();
  });

  it('shows its fallback while its code is on the way, then the component', async () => {
    let arrive: (m: { Section: typeof Section }) => void = () => undefined;
    const Lazy = lazyComponent(() => new Promise<{ Section: typeof Section }>((r) => (arrive = r)), 'Section');
    render(
      <Suspense fallback={<p>attesa</p>}>
        <Lazy label="Documenti" />
      </Suspense>,
    );
    expect(screen.getByText('attesa')).toBeTruthy();
    await act(async () => arrive({ Section }));
    expect(await screen.findByText('Documenti')).toBeTruthy();
  });
});

describe('moduleOnce', () => {
  it('loads once however often it is started, and remembers the module', async () => {
    const load = vi.fn(async () => ({ value: 42 }));
    const once = moduleOnce(load);
    expect(once.loaded()).toBeUndefined();
    await Promise.all([once.start(), once.start()]);
    await once.start();
    expect(load).toHaveBeenCalledTimes(1);
    expect(once.loaded()).toEqual({ value: 42 });
  });

  it('tries again after a failed download', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ value: 1 });
    const once = moduleOnce(load);
    await expect(once.start()).rejects.toThrow('offline');
    expect(once.loaded()).toBeUndefined();
    await expect(once.start()).resolves.toEqual({ value: 1 });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
