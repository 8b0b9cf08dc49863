import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { QueryError } from './QueryError';

describe('QueryError', () => {
  it('says in Italian that the server cannot be reached, and asks again on request', () => {
    const retry = vi.fn();
    render(<QueryError error={new ApiError(0, 'network', 'network')} onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Impossibile caricare i dati: Impossibile contattare il server. Controlla la connessione e riprova.Riprova',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('gives a refusal as the API worded it, and a server fault without its internals', () => {
    const { rerender } = render(<QueryError error={new ApiError(403, 'forbidden', 'Only facilitators can see this')} />);
    expect(screen.getByRole('alert').textContent).toBe('Impossibile caricare i dati: Only facilitators can see this');
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<QueryError error={new ApiError(500, 'internal_error', 'TypeError: x is undefined')} />);
    expect(screen.getByRole('alert').textContent).toBe('Impossibile caricare i dati: Si è verificato un errore. Riprova tra poco.');
  });
});
