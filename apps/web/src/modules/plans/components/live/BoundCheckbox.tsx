import { useBinding } from '../../hooks/useBinding';
import type { Binding } from '../../live/bindings';
import { useFieldId, useLivePlan } from './live-plan-context';
import { PresenceTags } from './PresenceTags';

/** A yes/no value of the live plan (co-designed, cross-area, a milestone reached): written as soon as it is ticked. */
export function BoundCheckbox({ binding, recordId, label, className }: { binding: Binding; recordId: string; label: string; className?: string }) {
  const { editable, setFocus } = useLivePlan();
  const checked = useBinding(binding) === true;
  const id = useFieldId(recordId, binding.key);
  return (
    <div className={`form-check ${className ?? 'mb-3'}`}>
      <input
        id={id}
        type="checkbox"
        className="form-check-input"
        checked={checked}
        disabled={!editable}
        onFocus={() => setFocus({ recordId, field: binding.key })}
        onBlur={() => setFocus(null)}
        onChange={(e) => binding.write(e.target.checked)}
      />
      <label htmlFor={id} className="form-check-label">
        {label}
      </label>{' '}
      <PresenceTags recordIds={[recordId]} field={binding.key} />
    </div>
  );
}
