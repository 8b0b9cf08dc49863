import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { organisationInputSchema } from '@cantiere/domain';
import { ApiError } from '../api/client';
import { apiErrors, zodFieldErrors } from './errors';

describe('form error messages', () => {
  const t = i18n.getFixedT('it');

  it('turns schema failures into Italian messages per field', () => {
    const parsed = organisationInputSchema.safeParse({ name: '', type: 'club', fiscalCode: '00297960198', email: 'x' });
    expect(parsed.success).toBe(false);
    const fields = zodFieldErrors(t, parsed.error!);
    expect(fields).toEqual({
      name: 'Testo troppo corto',
      type: 'Valore non ammesso',
      fiscalCode: 'Codice fiscale non valido (controllare anche il carattere di controllo)',
      email: 'Indirizzo email non valido',
    });
  });

  it('maps API field details, rate limits and unreachable servers', () => {
    expect(apiErrors(t, new ApiError(409, 'conflict', 'dup', [{ path: 'email', message: 'already_exists' }])).fields).toEqual({
      email: 'Esiste già un elemento con questo valore',
    });
    expect(apiErrors(t, new ApiError(429, 'rate_limited', 'x')).message).toBe('Troppi tentativi, riprova tra qualche minuto.');
    expect(apiErrors(t, new ApiError(0, 'network', 'network')).message).toBe('Impossibile contattare il server. Controlla la connessione e riprova.');
    expect(apiErrors(t, new ApiError(500, 'internal_error', 'boom')).message).toBe('Si è verificato un errore. Riprova tra poco.');
  });
});
