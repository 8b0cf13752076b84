/**
 * "Van fractiegenoten": the question drafts colleagues shared for this vergadering, under their
 * author, each with its quote and vindplaats and "Overnemen in mijn lijst" (not for a draft without
 * text, which cannot become a question). Their text came in a file, so it is rendered as text,
 * names inside <bdi>.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../db/database';
import { QUESTION_KINDS, type AgendaItem } from '../../model/question';
import { initialsOf, sharedAuthorName, type SharedQuestion } from '../../model/shared';
import { agendaItemLabel } from '../meeting-store';
import { formatReference } from '../passage-reference';
import { isBlankQuestion } from '../question-text';
import { adoptQuestion, sharedQuestionsOf } from '../shared-questions';

/** The section; nothing is shown while there are no drafts of others. */
export function SharedQuestionsSection({ meetingId, agendaItems }: { meetingId: string; agendaItems: readonly AgendaItem[] }) {
  const drafts = useLiveQuery(() => sharedQuestionsOf(meetingId), [meetingId]);
  const adopted = useLiveQuery(async () => new Set((await db.questions.where('meetingId').equals(meetingId).primaryKeys()) as string[]), [meetingId]);
  const [message, setMessage] = useState('');
  if (!drafts || drafts.length === 0) return null;

  const byAuthor = new Map<string, SharedQuestion[]>();
  for (const draft of drafts) byAuthor.set(draft.origin.authorKey, [...(byAuthor.get(draft.origin.authorKey) ?? []), draft]);

  async function adopt(draft: SharedQuestion) {
    try {
      await adoptQuestion(draft.id);
      setMessage(`Overgenomen in je lijst: „${draft.question.slice(0, 80)}”.`);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Overnemen is niet gelukt.');
    }
  }

  return (
    <section aria-labelledby="fractiegenoten-titel" className="questions-section shared-questions">
      <h2 id="fractiegenoten-titel">Van fractiegenoten</h2>
      <p className="hint">Conceptvragen die fractiegenoten deelden. Neem over wat in de lijst van de fractie hoort.</p>
      {[...byAuthor].map(([authorKey, list]) => (
        <div key={authorKey}>
          <h3>
            <span className="author-initials" aria-hidden="true">
              {initialsOf(list[0]!.author.naam)}
            </span>
            <bdi>{sharedAuthorName(list[0]!.author)}</bdi>
          </h3>
          <ul className="shared-question-list">
            {list.map((draft) => {
              const item = agendaItems.find((candidate) => candidate.id === draft.agendaItemId);
              const isAdopted = draft.adoptedAs !== undefined && adopted?.has(draft.adoptedAs);
              return (
                <li key={draft.id}>
                  <p className="shared-question-kind">
                    {QUESTION_KINDS.label(draft.kind)}
                    {item && ` · Agendapunt ${agendaItemLabel(item)}`}
                  </p>
                  <p className="shared-question-text">{draft.question}</p>
                  {draft.toelichting !== '' && <p className="shared-question-text">{draft.toelichting}</p>}
                  {draft.reference && (
                    <blockquote>
                      „{draft.reference.quote}” <cite>{formatReference(draft.reference)}</cite>
                    </blockquote>
                  )}
                  {isAdopted ? (
                    <p>Overgenomen in je lijst.</p>
                  ) : isBlankQuestion(draft.question) ? (
                    <p>Geen tekst – kan niet worden overgenomen.</p>
                  ) : (
                    <button type="button" onClick={() => void adopt(draft)}>
                      Overnemen in mijn lijst
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <p role="status">{message}</p>
    </section>
  );
}
