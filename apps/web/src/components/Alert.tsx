import { ReactNode } from 'react';

/** Errors interrupt (role=alert); confirmations are announced politely (role=status). */
export function Alert({ kind, children }: { kind: 'danger' | 'success' | 'info' | 'warning'; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={kind === 'danger' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
