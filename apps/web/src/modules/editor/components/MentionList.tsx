import type { MentionCandidate } from '@cantiere/domain';

export interface MentionListTexts {
  label: string;
  loading: string;
  none: string;
  person: string;
  organisation: string;
  /** How many there are, for the status read aloud: `{{count}}` replaced. */
  count: (count: number) => string;
}

interface Props {
  listId: string;
  items: MentionCandidate[];
  loading: boolean;
  /** The option the arrows have reached: the editor points at it with aria-activedescendant. */
  selected: number;
  texts: MentionListTexts;
  onPick: (index: number) => void;
}

export const mentionOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The `@` suggestions under the caret: a listbox whose options the editor (which keeps the focus) points at with
 * aria-activedescendant, and a status that says how many there are. Picked with the arrows and Enter, or a click.
 */
export function MentionList({ listId, items, loading, selected, texts, onPick }: Props) {
  return (
    <div className="mention-suggestions card shadow-sm" data-testid="mention-suggestions">
      <ul id={listId} role="listbox" aria-label={texts.label} className="list-group list-group-flush mb-0">
        {items.map((item, i) => (
          <li
            key={`${item.kind}:${item.id}`}
            id={mentionOptionId(listId, i)}
            role="option"
            aria-selected={i === selected}
            className={`list-group-item list-group-item-action py-1 px-2${i === selected ? ' active' : ''}`}
            // mousedown would move the focus out of the editor before the pick.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(i)}
          >
            <span className="fw-semibold">@{item.label}</span>{' '}
            <small className={i === selected ? '' : 'text-secondary'}>
              {item.kind === 'person' ? texts.person : texts.organisation}
              {item.detail ? ` · ${item.detail}` : ''}
            </small>
          </li>
        ))}
      </ul>
      {!items.length && <p className="small text-secondary px-2 py-1 mb-0">{loading ? texts.loading : texts.none}</p>}
      <p role="status" className="visually-hidden">
        {loading ? texts.loading : items.length ? texts.count(items.length) : texts.none}
      </p>
    </div>
  );
}
