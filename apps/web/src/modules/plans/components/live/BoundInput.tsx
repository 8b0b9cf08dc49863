import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { useBinding } from '../../hooks/useBinding';
import type { Binding } from '../../live/bindings';
import { valueIssue } from '../../live/checks';
import { formatValue, parseInput, type InputKind } from '../../live/input';
import { useIssueText } from '../../issue-text';
import type { Choice } from './live-plan-context';
import { useFieldId, useLivePlan } from './live-plan-context';
import { PresenceTags } from './PresenceTags';

interface Props {
  binding: Binding;
  recordId: string;
  label: string;
  kind: InputKind;
  /** An empty field means null (else: required). */
  nullable?: boolean;
  /** For `choice`: the options; a value not among them shows as `unknownLabel`, so nobody loses it by looking. */
  choices?: Choice[];
  noneLabel?: string;
  unknownLabel?: (value: string) => string;
  /** The record's own problem at this field (a cross-field rule, an unknown organisation), as a message code. */
  issue?: string;
  multiline?: boolean;
  className?: string;
  /** Said to screen readers after the label, where the row already shows it (the funding source of an amount). */
  labelContext?: string;
}

/**
 * A form field bound to one value of the live plan. What is typed is checked at once with the field's schema: a valid
 * value is written to the shared document (everyone sees it), an invalid one stays in the field with its message and
 * is not sent, so that a negative budget or a progress of 150 never reaches the others. When someone else changes the
 * value, their value replaces what is shown.
 */
export function BoundInput({
  binding,
  recordId,
  label,
  kind,
  nullable = false,
  choices,
  noneLabel,
  unknownLabel,
  issue,
  multiline,
  className,
  labelContext,
}: Props) {
  const { i18n } = useTranslation(PLANS);
  const issueText = useIssueText();
  const { editable, setFocus } = useLivePlan();
  const value = useBinding(binding);
  const [draft, setDraft] = useState<string | null>(null);
  const [draftIssue, setDraftIssue] = useState<string | null>(null);
  const written = useRef<unknown>(value);

  // Someone else (or undo) changed the value: theirs is shown, and the draft and its message go.
  useEffect(() => {
    if (!Object.is(value, written.current)) {
      written.current = value;
      setDraft(null);
      setDraftIssue(null);
    }
  }, [value]);

  const change = (text: string) => {
    setDraft(text);
    const parsed = parseInput(kind, text, nullable);
    const problem = parsed.ok ? valueIssue(binding.schema, parsed.value) : parsed.message;
    setDraftIssue(problem);
    if (problem || !parsed.ok) return;
    written.current = parsed.value;
    binding.write(parsed.value);
  };

  const id = useFieldId(recordId, binding.key);
  const message = draftIssue ?? issue ?? null;
  const shown = draft ?? formatValue(kind, value, i18n.language === 'en' ? 'en-GB' : 'it-IT');
  const common = {
    id,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${id}-error` : undefined,
    disabled: !editable,
    onFocus: () => setFocus({ recordId, field: binding.key }),
    onBlur: () => {
      setFocus(null);
      if (!draftIssue) setDraft(null);
    },
  };
  const known = typeof value !== 'string' || !choices || choices.some((c) => c.value === value);
  return (
    <div className={className ?? 'mb-3'}>
      <label htmlFor={id} className="form-label">
        {label}
        {labelContext && <span className="visually-hidden">, {labelContext}</span>}
      </label>{' '}
      <PresenceTags recordIds={[recordId]} field={binding.key} />
      {kind === 'choice' ? (
        <select {...common} className={`form-select${message ? ' is-invalid' : ''}`} value={shown} onChange={(e) => change(e.target.value)}>
          {(nullable || value === null) && <option value="">{noneLabel ?? ''}</option>}
          {!known && <option value={String(value)}>{unknownLabel?.(String(value)) ?? String(value)}</option>}
          {choices?.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : multiline ? (
        <textarea {...common} className={`form-control${message ? ' is-invalid' : ''}`} rows={2} value={shown} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          {...common}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'integer' ? 'numeric' : kind === 'decimal' || kind === 'euro' ? 'decimal' : undefined}
          className={`form-control${message ? ' is-invalid' : ''}`}
          value={shown}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {message && (
        <div id={`${id}-error`} className="invalid-feedback d-block" data-testid="field-error">
          {issueText(binding.key, message)}
        </div>
      )}
    </div>
  );
}
