import { useSyncExternalStore } from 'react';
import type { Binding } from '../live/bindings';

/** The current value of a bound field; the component renders again when it changes, whoever changed it. */
export function useBinding(binding: Binding): unknown {
  return useSyncExternalStore(binding.subscribe, binding.read);
}
