import { type ReactNode, useCallback, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface Question {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  tone?: 'primary' | 'danger';
}

/**
 * The workspace's own dialog in place of `window.confirm`: `confirm(question)` opens it and resolves true when the
 * step is confirmed, false when it is not; `dialog` is rendered where the component renders it.
 */
export function useConfirmDialog() {
  const [asking, setAsking] = useState<(Question & { answer: (yes: boolean) => void }) | null>(null);
  const confirm = useCallback((question: Question) => new Promise<boolean>((answer) => setAsking({ ...question, answer })), []);
  const close = (yes: boolean) => {
    asking?.answer(yes);
    setAsking(null);
  };
  const dialog = asking && (
    <ConfirmDialog
      title={asking.title}
      confirmLabel={asking.confirmLabel}
      cancelLabel={asking.cancelLabel}
      tone={asking.tone ?? 'primary'}
      testId="confirm-dialog"
      onCancel={() => close(false)}
      onConfirm={() => close(true)}
    >
      <p className="mb-0">{asking.body}</p>
    </ConfirmDialog>
  );
  return { confirm, dialog };
}
