import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SaveIndicator } from './SaveIndicator';

describe('SaveIndicator', () => {
  it('says saved only when the server acknowledged everything', () => {
    const { rerender } = render(<SaveIndicator status="synced" pending={0} readOnly={false} />);
    expect(screen.getByRole('status').textContent).toBe('Tutte le modifiche sono salvate');
    rerender(<SaveIndicator status="synced" pending={2} readOnly={false} />);
    expect(screen.getByRole('status').textContent).toBe('Salvataggio in corso…');
    rerender(<SaveIndicator status="offline" pending={3} readOnly={false} />);
    expect(screen.getByRole('status').textContent).toContain('3 modifiche in attesa');
    rerender(<SaveIndicator status="synced" pending={0} readOnly />);
    expect(screen.getByRole('status').textContent).toContain('Sola lettura');
  });
});
