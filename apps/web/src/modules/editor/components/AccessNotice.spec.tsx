import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ACCESS_CHANGE_REASONS } from '@cantiere/collab';
import english from '../../../i18n/en/collab';
import italian from '../../../i18n/it/collab';
import { AccessNotice } from './AccessNotice';

describe('AccessNotice', () => {
  it('says in Italian why rights on the open document ended or were lowered', () => {
    const { rerender } = render(<AccessNotice change={{ access: null, reason: 'session_ended' }} />);
    expect(screen.getByRole('alert').textContent).toBe(
      'Non ha più accesso a questo documento (la sessione è terminata): le modifiche successive non verranno salvate. Ricarichi la pagina o effettui di nuovo l’accesso.',
    );
    expect(screen.getByRole('alert').className).toContain('alert-danger');
    rerender(<AccessNotice change={{ access: 'read', reason: 'document_archived' }} />);
    expect(screen.getByRole('alert').textContent).toBe('I suoi permessi sono cambiati (il documento è stato archiviato): ora può solo leggere il documento.');
    rerender(<AccessNotice change={{ access: 'write', reason: 'rights_changed' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Ora può di nuovo modificare il documento.');
    rerender(<AccessNotice change={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('has a sentence for every reason the server may give, in both languages', () => {
    for (const reason of ACCESS_CHANGE_REASONS) {
      expect(italian[`reason_${reason}`]).toBeTruthy();
      expect(english[`reason_${reason}`]).toBeTruthy();
    }
  });
});
