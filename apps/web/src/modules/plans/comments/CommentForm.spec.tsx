import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommentForm } from './CommentForm';
import { insertMention, matchOrganisations, mentionAt, mentionedIn } from './mention-query';

const ORGANISATIONS = [
  { value: 'org-caritas', label: 'Caritas Cremonese' },
  { value: 'org-cerchio', label: 'Cooperativa Il Cerchio' },
  { value: 'org-acli', label: 'ACLI Cremona' },
];

describe('the mention being typed', () => {
  it('starts at an @ that begins a word and ends at the caret', () => {
    expect(mentionAt('Chiedo a @Cer', 13)).toEqual({ start: 9, query: 'Cer' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('mario@comune.it', 15)).toBeNull();
    expect(mentionAt('@Caritas\nriga nuova', 19)).toBeNull();
  });

  it('is replaced by the name, and a name deleted from the text is no longer mentioned', () => {
    expect(insertMention('Chiedo a @Cer, grazie', 13, 9, 'Cooperativa Il Cerchio')).toEqual({ text: 'Chiedo a @Cooperativa Il Cerchio , grazie', caret: 33 });
    const picked = new Map([
      ['org-cerchio', 'Cooperativa Il Cerchio'],
      ['org-acli', 'ACLI Cremona'],
    ]);
    expect(mentionedIn('Grazie @Cooperativa Il Cerchio', picked)).toEqual(['org-cerchio']);
  });

  it('matches names by the start of any word, ignoring case and accents', () => {
    expect(matchOrganisations(ORGANISATIONS, 'cer').map((o) => o.value)).toEqual(['org-cerchio']);
    expect(matchOrganisations(ORGANISATIONS, 'crem').map((o) => o.value)).toEqual(['org-caritas', 'org-acli']);
    expect(matchOrganisations([{ value: 'x', label: 'Società Città' }], 'citta')).toHaveLength(1);
  });
});

describe('the comment form', () => {
  afterEach(cleanup);

  it('suggests organisations after @, inserts the one chosen by keyboard, and sends it as a mention', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<CommentForm label="Nuovo commento" submitLabel="Pubblica il commento" organisations={ORGANISATIONS} onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox', { name: 'Nuovo commento' }) as HTMLTextAreaElement;
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(box, { target: { value: 'Potete aiutare @cr', selectionStart: 18 } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Caritas Cremonese', 'ACLI Cremona']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('Potete aiutare @ACLI Cremona ');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('comment-mentions').textContent).toContain('ACLI Cremona');
    fireEvent.click(screen.getByRole('button', { name: 'Pubblica il commento' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith('Potete aiutare @ACLI Cremona ', ['org-acli']));
    await waitFor(() => expect(box.value).toBe(''));
  });

  it('puts the caret after the chosen name at once, so that keys typed right after land there', () => {
    render(<CommentForm label="Nuovo commento" submitLabel="Pubblica il commento" organisations={ORGANISATIONS} onSubmit={vi.fn()} />);
    const box = screen.getByRole('combobox', { name: 'Nuovo commento' }) as HTMLTextAreaElement;
    // A name chosen in the middle of the text: setting the new value alone would leave the caret at the end.
    fireEvent.change(box, { target: { value: 'Chiedo a @cari, grazie', selectionStart: 14 } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('Chiedo a @Caritas Cremonese , grazie');
    // Checked in the same task as the choice, before any frame: the next key typed goes right after the name.
    expect([box.selectionStart, box.selectionEnd]).toEqual([28, 28]);
  });

  it('closes the suggestions with Escape without changing the text', () => {
    render(<CommentForm label="Risposta" submitLabel="Pubblica la risposta" organisations={ORGANISATIONS} onSubmit={vi.fn()} />);
    const box = screen.getByRole('combobox', { name: 'Risposta' }) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: '@Car', selectionStart: 4 } });
    expect(screen.getAllByRole('option')).toHaveLength(1);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('@Car');
  });

  it('shows why a comment was not saved and keeps its text', async () => {
    const onSubmit = vi.fn().mockRejectedValue(new Error('Rete assente'));
    render(<CommentForm label="Nuovo commento" submitLabel="Pubblica il commento" organisations={ORGANISATIONS} onSubmit={onSubmit} />);
    const box = screen.getByRole('combobox', { name: 'Nuovo commento' }) as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Una domanda', selectionStart: 11 } });
    fireEvent.click(screen.getByRole('button', { name: 'Pubblica il commento' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Rete assente');
    expect(box.value).toBe('Una domanda');
  });
});
