import { isValidCodiceFiscale, isValidPartitaIva, isValidPersonalCodiceFiscale } from './tax-codes';

describe('Italian tax codes', () => {
  it('accepts partite IVA whose check digit is right, and nothing else', () => {
    expect(isValidPartitaIva('00297960197')).toBe(true);
    expect(isValidPartitaIva('12345678903')).toBe(true);
    expect(isValidPartitaIva('00297960198')).toBe(false);
    expect(isValidPartitaIva('0029796019')).toBe(false);
    expect(isValidPartitaIva('0029796019A')).toBe(false);
  });

  it('accepts personal codici fiscali with the right control character, omocodia included', () => {
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isValidPersonalCodiceFiscale('rssmra85t10a562s')).toBe(true);
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A56RS'.slice(0, 15) + 'X')).toBe(false);
    expect(isValidPersonalCodiceFiscale('RSSMRA85T10A562')).toBe(false);
  });

  it('takes either form as an organisation codice fiscale', () => {
    expect(isValidCodiceFiscale('00297960197')).toBe(true);
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isValidCodiceFiscale('12345678901')).toBe(false);
  });
});
