/**
 * The question's text field, shared by every form that stores a question: a labelled textarea
 * that refuses an empty or blank text before anything is stored, with the reason next to the
 * field (tied to it by aria-describedby) and the focus back in the field. The store refuses
 * the same texts (question-text.ts); this only says so before the user loses their place.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import { questionTextProblem } from '../question-text';

/** The text, its problem and the field's ref, for a form with a question field. */
export interface QuestionText {
  text: string;
  setText: (text: string) => void;
  problem: string | undefined;
  field: RefObject<HTMLTextAreaElement | null>;
  /** Puts in a text to start with (an annotation's note), unless the user has typed already. */
  offer: (text: string) => void;
  /** The user changed the text it started with. */
  edited: boolean;
  /** True when the text may be stored; otherwise shows the problem and focuses the field. */
  check: () => boolean;
}

/** State for one question field, starting with `initial`. */
export function useQuestionText(initial = ''): QuestionText {
  const [text, setTextState] = useState(initial);
  const [start, setStart] = useState(initial);
  const [problem, setProblem] = useState<string>();
  const field = useRef<HTMLTextAreaElement>(null);
  const typed = useRef(false);
  const offer = useCallback((offered: string) => {
    if (typed.current) return;
    setTextState(offered);
    setStart(offered);
  }, []);
  const setText = useCallback((next: string) => {
    typed.current = true;
    setTextState(next);
    // A message about an empty field goes as soon as there is something in it.
    setProblem((shown) => (shown && questionTextProblem(next) === undefined ? undefined : shown));
  }, []);
  const check = useCallback(() => {
    const found = questionTextProblem(field.current?.value ?? text);
    setProblem(found);
    if (found) field.current?.focus();
    return found === undefined;
  }, [text]);
  return { text, setText, problem, field, offer, edited: text !== start, check };
}

interface QuestionTextFieldProps {
  id: string;
  state: Pick<QuestionText, 'text' | 'setText' | 'problem' | 'field'>;
  label?: string;
  rows?: number;
}

/** The labelled field with its message; `id` is the textarea's id. */
export function QuestionTextField({ id, state, label = 'Vraag', rows = 4 }: QuestionTextFieldProps) {
  const messageId = `${id}-problem`;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <textarea
        ref={state.field}
        id={id}
        rows={rows}
        value={state.text}
        aria-required="true"
        aria-invalid={state.problem ? true : undefined}
        aria-describedby={state.problem ? messageId : undefined}
        onChange={(event) => state.setText(event.target.value)}
      />
      {state.problem && (
        <p id={messageId} className="form-error field-problem">
          {state.problem}
        </p>
      )}
    </>
  );
}
