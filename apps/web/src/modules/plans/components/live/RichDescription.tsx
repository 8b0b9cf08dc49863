import { Suspense, useCallback, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import { PLANS } from '../../../../i18n/namespaces/plans';
import { lazyComponent } from '../../../../routing/lazy-component';
import { plainText } from '../../live/rich-text';
import { useFieldId, useLivePlan } from './live-plan-context';
import { PresenceTags } from './PresenceTags';

// Tiptap and ProseMirror arrive with the first description someone opens, not with the page.
const DescriptionEditor = lazyComponent(() => import('./DescriptionEditor'), 'DescriptionEditor');

/** The description's text, read again when anyone changes it. */
function useFragmentText(fragment: Y.XmlFragment | null): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!fragment) return () => undefined;
      const handler = () => onChange();
      fragment.observeDeep(handler);
      return () => fragment.unobserveDeep(handler);
    },
    [fragment],
  );
  return useSyncExternalStore(subscribe, () => (fragment ? plainText(fragment) : ''));
}

/**
 * A rich-text description: plain text while nobody here edits it, the shared editor once it is selected (and until the
 * focus leaves it). The others' edits show in both.
 */
export function RichDescription({ record, recordId, label }: { record: Y.Map<unknown>; recordId: string; label: string }) {
  const { t } = useTranslation(PLANS);
  const { editable, setFocus } = useLivePlan();
  const [editing, setEditing] = useState(false);
  const value = record.get('description');
  const fragment = value instanceof Y.XmlFragment ? value : null;
  const text = useFragmentText(fragment);
  const id = useFieldId(recordId, 'description');
  const lines = text ? text.split('\n') : [];
  const wrapper = useRef<HTMLDivElement>(null);
  // The preview that had the focus is gone: the focus waits on the wrapper while the editor's code loads (rather than
  // falling to the page, which would read as leaving the field and close it), then the editor takes it.
  useLayoutEffect(() => {
    if (editing) wrapper.current?.focus({ preventScroll: true });
  }, [editing]);
  const open = () => {
    DescriptionEditor.preload();
    setEditing(true);
    setFocus({ recordId, field: 'description' });
  };
  return (
    <div className="mb-3">
      <div className="form-label" id={`${id}-label`}>
        {label} <PresenceTags recordIds={[recordId]} field="description" />
      </div>
      {editing && fragment ? (
        <div
          ref={wrapper}
          tabIndex={-1}
          onBlur={(e) => {
            if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
            setEditing(false);
            setFocus(null);
          }}
        >
          <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
            <DescriptionEditor fragment={fragment} label={label} testId={`${id}-editor`} />
          </Suspense>
        </div>
      ) : editable && fragment ? (
        // A text box that turns into the editor as soon as it takes the focus (by keyboard or pointer): its name is
        // the label, whatever the description says.
        <div
          id={id}
          role="textbox"
          aria-multiline="true"
          aria-labelledby={`${id}-label`}
          tabIndex={0}
          className="form-control plan-rich-preview"
          onFocus={open}
          onMouseEnter={DescriptionEditor.preload}
        >
          {lines.length ? (
            lines.map((line, i) => (
              <span key={i} className="d-block">
                {line || '\u00a0'}
              </span>
            ))
          ) : (
            <span className="text-secondary">{t('live.descriptionEmpty')}</span>
          )}
        </div>
      ) : (
        <div id={id} className="plan-rich-preview">
          {lines.map((line, i) => (
            <p key={i} className="mb-1">
              {line}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
