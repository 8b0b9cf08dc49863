import type { KeyboardEvent } from 'react';

/** The attribute that marks the buttons opening an objective or an action, with which of the two as its value. */
export const HEADING_TOGGLE = 'data-heading-toggle';

/**
 * Arrow keys between the headings of a long list (the plan's objectives, an objective's actions): Down and Up to the
 * next and previous one of the same kind, Home and End to the first and last. Tab still goes through every field; this
 * only shortens the way past three hundred headings. Returns whether it moved the focus.
 */
export function moveBetweenHeadings(e: KeyboardEvent<HTMLElement>): boolean {
  if (e.ctrlKey || e.metaKey || e.altKey || e.shiftKey) return false;
  const target = e.target as HTMLElement;
  const kind = target.getAttribute(HEADING_TOGGLE);
  if (!kind || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(e.key)) return false;
  // Actions move within their objective's list; objectives within the whole plan.
  const scope = kind === 'action' ? (target.closest('ul') ?? e.currentTarget) : e.currentTarget;
  const headings = [...scope.querySelectorAll<HTMLElement>(`[${HEADING_TOGGLE}="${kind}"]`)];
  const at = headings.indexOf(target);
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? headings.length - 1 : at + (e.key === 'ArrowDown' ? 1 : -1);
  const to = headings[Math.max(0, Math.min(headings.length - 1, next))];
  e.preventDefault();
  if (!to || to === target) return true;
  to.focus();
  // Off-screen cards skip rendering (content-visibility): bring the one reached into view.
  to.scrollIntoView?.({ block: 'nearest' });
  return true;
}
