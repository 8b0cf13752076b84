/**
 * On the vergadering screen: pick one of your annotations and make a question of it. The
 * question's text starts as the annotation's note and can be changed (what is typed stays, whichever
 * annotation is picked); without text nothing is stored.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useRef, useState } from 'react';
import { allAnnotations } from '../../annotations/annotation-store';
import { useSubmit } from '../../forms/use-submit';
import { agendaItemLabel } from '../meeting-store';
import { createQuestionFromAnnotation } from '../question-from-passage';
import { questionTextProblem } from '../question-text';
import { QuestionTextField } from './QuestionTextField';
import type { AgendaItem } from '../../model/question';
import { useDocumentIndex } from '../../documents/use-document-index';

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

/** A small form: annotation, optional agendapunt, "Vraag maken van aantekening". */
export function QuestionFromAnnotationForm({ meetingId, agendaItems }: { meetingId: string; agendaItems: AgendaItem[] }) {
  const id = useId();
  const annotations = useLiveQuery(() => allAnnotations().then((list) => list.sort((a, b) => b.updatedAt - a.updatedAt)), []);
  const titles = new Map(useDocumentIndex().map((d) => [d.id, d.title]));
  const [annotationId, setAnnotationId] = useState('');
  const [agendaItemId, setAgendaItemId] = useState('');
  const [added, setAdded] = useState(false);
  // Until the user picks or types, the most recently changed annotation; the live query may
  // change which that is (another window, an imported fractieset), so typing fixes the choice.
  const chosen = annotationId || annotations?.[0]?.id;
  // Once typed, the text stays, also when another annotation is picked; until then it is the note.
  const [typed, setTyped] = useState<string>();
  const text = typed ?? annotations?.find((a) => a.id === chosen)?.note.trim() ?? '';
  const [textProblem, setTextProblem] = useState<string>();
  const field = useRef<HTMLTextAreaElement>(null);
  const { submit, error } = useSubmit(async () => {
    setAdded(false);
    const problem = questionTextProblem(text);
    setTextProblem(problem);
    if (problem) return field.current?.focus();
    if (chosen) await createQuestionFromAnnotation(chosen, meetingId, agendaItemId || undefined, {}, text);
    setTyped(undefined);
    setAdded(true);
  });

  if (!annotations || annotations.length === 0) return null;

  return (
    <form className="panel stacked-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>Vraag maken van een aantekening</h3>
      <label htmlFor={`${id}-annotation`}>Aantekening</label>
      <select id={`${id}-annotation`} value={chosen} onChange={(e) => {
          setAnnotationId(e.target.value);
          setTextProblem(undefined);
        }}>
        {annotations.map((annotation) => (
          <option key={annotation.id} value={annotation.id}>
            {titles.get(annotation.documentId) ?? annotation.documentId}: “{excerpt(annotation.target.quote.exact)}”
          </option>
        ))}
      </select>
      <QuestionTextField
        id={`${id}-question`}
        rows={3}
        state={{
          text,
          setText: (next) => {
            if (chosen && !annotationId) setAnnotationId(chosen);
            setTyped(next);
            if (questionTextProblem(next) === undefined) setTextProblem(undefined);
          },
          problem: textProblem,
          field,
        }}
      />
      <label htmlFor={`${id}-agenda`}>Agendapunt</label>
      <select id={`${id}-agenda`} value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
        <option value="">Automatisch (bij het document)</option>
        {agendaItems.map((item) => (
          <option key={item.id} value={item.id}>{agendaItemLabel(item)}</option>
        ))}
      </select>
      <div>
        <button type="submit">Vraag maken van aantekening</button>
      </div>
      <p role="status">{error ? `De vraag kon niet worden gemaakt: ${error}` : added ? 'De vraag is toegevoegd.' : ''}</p>
    </form>
  );
}
