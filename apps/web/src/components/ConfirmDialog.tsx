import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  tone?: 'primary' | 'success' | 'danger' | 'dark' | 'warning';
  testId?: string;
  /** The step cannot be taken yet (a required field is empty). */
  confirmDisabled?: boolean;
  /** A dialog that asks for a value focuses its first field instead of Cancel. */
  focusField?: boolean;
  /** Where the focus goes back when it closes, when not the element focused as it opened (a button disabled meanwhile). */
  returnFocus?: HTMLElement | null;
}

/**
 * A modal question before an irreversible step, mounted only while it is asked. The native modal dialog makes the
 * rest of the page inert (focus stays inside), Escape cancels, the title and body label it, and focus goes back to
 * the button that opened it. Cancel has the first focus: Enter on a stray keypress must not mail everyone.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  tone = 'primary',
  testId,
  confirmDisabled = false,
  focusField = false,
  returnFocus,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Placed after showModal, which would otherwise focus the first focusable element, a scrolling body included.
    const field = focusField ? dialog?.querySelector<HTMLElement>('.modal-body :is(input, textarea, select)') : null;
    (field ?? cancelRef.current)?.focus();
    return () => (returnFocus ?? opener)?.focus();
    // Mounted once per question: the focus is placed when it opens, not when a prop changes.
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      className="p-0 border-0 rounded shadow"
      style={{ width: 'min(42rem, 94vw)' }}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <div className="modal-content">
        <div className="modal-header px-4 pt-4">
          <h2 id={titleId} className="modal-title h5 mb-0">
            {title}
          </h2>
        </div>
        <div id={bodyId} className="modal-body px-4" style={{ maxHeight: '60vh', overflowY: 'auto' }}>
          {children}
        </div>
        <div className="modal-footer px-4 pb-4 d-flex justify-content-end gap-2">
          <button ref={cancelRef} type="button" className="btn btn-outline-secondary" disabled={busy} onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className={`btn btn-${tone}`} disabled={busy || confirmDisabled} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}
