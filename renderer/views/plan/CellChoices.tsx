/**
 * The pick list under the active cell. It never takes the focus: the sheet's text box keeps it (so
 * typing goes on filtering and an input method keeps working) and points at the highlighted option
 * with aria-activedescendant. A click picks with mousedown, before the text box could lose focus.
 */
import { useEffect, useRef } from 'react';

export interface CellChoicesProps {
  id: string;
  label: string;
  emptyText: string;
  choices: readonly string[];
  highlighted: number;
  left: number;
  top: number;
  minWidth: number;
  onPick: (value: string) => void;
  onHighlight: (index: number) => void;
}

export const choiceId = (listId: string, index: number) => `${listId}-${index}`;

export function CellChoices({ id, label, emptyText, choices, highlighted, left, top, minWidth, onPick, onHighlight }: CellChoicesProps) {
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [highlighted, choices]);
  return (
    <ul ref={listRef} id={id} role="listbox" aria-label={label} className="kp-choices" style={{ left, top, minWidth }} onMouseDown={(e) => e.stopPropagation()}>
      {choices.length === 0 && <li className="kp-choices-empty">{emptyText}</li>}
      {choices.map((choice, index) => (
        <li
          key={choice}
          id={choiceId(id, index)}
          role="option"
          aria-selected={index === highlighted}
          className={index === highlighted ? 'kp-choice kp-choice--active' : 'kp-choice'}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(choice);
          }}
          onMouseEnter={() => onHighlight(index)}
        >
          {choice}
        </li>
      ))}
    </ul>
  );
}
