import { useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_COMMENTS } from '../../../i18n/namespaces/planComments';
import type { Choice } from '../components/live/live-plan-context';
import { insertMention, matchOrganisations, mentionAt, mentionedIn } from './mention-query';

interface Props {
  label: string;
  submitLabel: string;
  organisations: readonly Choice[];
  initialText?: string;
  initialMentions?: readonly { organisationId: string; name: string }[];
  onSubmit: (body: string, mentionedOrganisationIds: string[]) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/**
 * A comment's text box with the organisation picker: typing `@` and a few letters lists matching organisations under
 * the box (a combobox: arrows move, Enter inserts `@Name`, Escape closes); the organisations whose `@Name` is still in
 * the text when it is sent are the comment's mentions.
 */
export function CommentForm({ label, submitLabel, organisations, initialText = '', initialMentions = [], onSubmit, onCancel, autoFocus }: Props) {
  const { t } = useTranslation(PLAN_COMMENTS);
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initialText);
  const [caret, setCaret] = useState(initialText.length);
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(() => new Map(initialMentions.map((m) => [m.organisationId, m.name])));
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Where the caret goes once a chosen name is in the box: set as the new text is committed, in the same task, so
  // that keys typed right after the choice land after the name (a frame later, they had been typed at the old caret).
  const caretAfterChoice = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (caretAfterChoice.current === null || !box.current) return;
    box.current.setSelectionRange(caretAfterChoice.current, caretAfterChoice.current);
    caretAfterChoice.current = null;
  });

  const mention = mentionAt(text, caret);
  const query = mention?.query ?? null;
  const matches = useMemo(() => (query === null ? [] : matchOrganisations(organisations, query)), [query, organisations]);
  const open = mention !== null && matches.length > 0 && closedAt !== mention.start;
  const listId = `${id}-mentions`;
  const optionId = (i: number) => `${id}-mention-${i}`;
  const mentions = mentionedIn(text, picked);

  const choose = (choice: Choice) => {
    if (!mention) return;
    const next = insertMention(text, caret, mention.start, choice.label);
    setText(next.text);
    setCaret(next.caret);
    setPicked((p) => new Map([...p, [choice.value, choice.label]]));
    setActive(0);
    // The inserted name would still read as a mention being typed: this @ is done.
    setClosedAt(mention.start);
    caretAfterChoice.current = next.caret;
    box.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      choose(matches[Math.min(active, matches.length - 1)]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setClosedAt(mention.start);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(text, mentions);
      setText('');
      setPicked(new Map());
    } catch (err) {
      setError(t('error', { message: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="plan-comment-form mb-2">
      <label htmlFor={`${id}-text`} className="form-label">
        {label}
      </label>
      <div className="position-relative">
        <textarea
          ref={box}
          id={`${id}-text`}
          className="form-control"
          rows={3}
          value={text}
          maxLength={5000}
          autoFocus={autoFocus}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open ? optionId(Math.min(active, matches.length - 1)) : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setText(e.target.value);
            setCaret(e.target.selectionStart);
            setActive(0);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t('mentionsLabel')} className={`list-group plan-comment-mentions${open ? '' : ' d-none'}`}>
          {open &&
            matches.map((m, i) => (
              <li
                key={m.value}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`list-group-item list-group-item-action${i === active ? ' active' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(m);
                }}
              >
                {m.label}
              </li>
            ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="small text-secondary mb-1">
        {t('mentionsHint')}
      </p>
      <p className="visually-hidden" role="status">
        {open ? t('mentionsFound', { count: matches.length }) : ''}
      </p>
      {mentions.length > 0 && (
        <p className="small mb-1" data-testid="comment-mentions">
          {t('mentioned', { names: mentions.map((m) => picked.get(m)).join(', ') })}
        </p>
      )}
      {error && (
        <p className="text-danger small" role="alert">
          {error}
        </p>
      )}
      <div className="d-flex gap-2">
        <button type="submit" className="btn btn-primary btn-sm" disabled={busy || !text.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-outline-secondary btn-sm" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
