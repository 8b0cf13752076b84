/**
 * "Delen": choose what goes along (documents, a flag, a tag, Privé ones on purpose, the question
 * drafts), see how many that are, and save the fractieset (a save dialog on the desktop, a
 * download in the browser edition).
 */
import { Share2 } from 'lucide-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { FILE_FORMATS } from '../../../../electron/export-formats';
import { db } from '../../../db/database';
import { useDocumentIndex } from '../../../documents/use-document-index';
import { FLAGS, type FlagCode } from '../../../model/annotation';
import type { SharedScope } from '../../../model/shared';
import { platform } from '../../../platform/desktop-bridge';
import { failureMessage } from '../../reservekopie/ui/failure-message';
import { hasQuestionText } from '../../../questions/question-groups';
import { makeFractieset } from '../fractie-service';
import { annotationsToShare } from '../select';

/** The section that makes a fractieset. */
export function ShareSection() {
  const id = useId();
  const documents = useDocumentIndex();
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [flag, setFlag] = useState<FlagCode | ''>('');
  const [tag, setTag] = useState('');
  const [includesPrivate, setIncludesPrivate] = useState(false);
  const [includesQuestions, setIncludesQuestions] = useState(true);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const own = useLiveQuery(() => db.annotations.filter((annotation) => !annotation.origin).toArray(), []);
  const questionCount = useLiveQuery(() => db.questions.filter(hasQuestionText).count(), []);

  const scope: SharedScope = useMemo(
    () => ({
      documentIds: documents.map((document) => document.id).filter((documentId) => !excluded.has(documentId)),
      ...(flag ? { flags: [flag] } : {}),
      ...(tag ? { tags: [tag] } : {}),
      includesPrivate,
      includesQuestions,
    }),
    [documents, excluded, flag, tag, includesPrivate, includesQuestions],
  );
  const tags = useMemo(() => [...new Set((own ?? []).flatMap((annotation) => annotation.tags))].sort((a, b) => a.localeCompare(b, 'nl')), [own]);
  const count = useMemo(() => annotationsToShare(own ?? [], scope).length, [own, scope]);
  const questions = includesQuestions ? (questionCount ?? 0) : 0;

  async function share() {
    setMessage('');
    setProblem('');
    try {
      const made = await makeFractieset(scope);
      const { saved } = await platform.saveFile({ suggestedName: made.fileName, mimeType: FILE_FORMATS.json.mimeType, data: made.text });
      setMessage(saved ? `Opgeslagen: ${made.fileName} (${made.annotationCount} aantekeningen, ${made.questionCount} vragen).` : 'Het bestand is niet opgeslagen.');
    } catch (error) {
      setProblem(failureMessage('Delen', error));
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="exchange-section">
      <h2 id={`${id}-title`}>Delen</h2>
      <p>
        Alleen aantekeningen die je op <strong>Fractie</strong> hebt gezet gaan mee, met je naam en fractie. Privé-aantekeningen, je instellingen, leesposities en
        aantekeningen van anderen gaan nooit mee, tenzij je hieronder zelf kiest voor Privé.
      </p>
      <fieldset>
        <legend>Stukken</legend>
        {documents.map((document) => (
          <label key={document.id} className="fractie-check">
            <input
              type="checkbox"
              checked={!excluded.has(document.id)}
              onChange={(event) => {
                const next = new Set(excluded);
                if (event.target.checked) next.delete(document.id);
                else next.add(document.id);
                setExcluded(next);
              }}
            />
            {document.title}
          </label>
        ))}
      </fieldset>
      <div className="fractie-filters">
        <label>
          Markering
          <select value={flag} onChange={(event) => setFlag(event.target.value as FlagCode | '')}>
            <option value="">Alle markeringen</option>
            {FLAGS.entries.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Label
          <select value={tag} onChange={(event) => setTag(event.target.value)}>
            <option value="">Alle labels</option>
            {tags.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="fractie-check">
        <input type="checkbox" checked={includesQuestions} onChange={(event) => setIncludesQuestions(event.target.checked)} />
        Conceptvragen meesturen
      </label>
      <label className="fractie-check">
        <input type="checkbox" checked={includesPrivate} onChange={(event) => setIncludesPrivate(event.target.checked)} />
        Ook mijn Privé-aantekeningen meesturen (alleen voor dit bestand)
      </label>
      <p role="status" className="fractie-count">
        {own === undefined ? 'Aantekeningen worden geteld…' : `Gaan mee: ${count} ${count === 1 ? 'aantekening' : 'aantekeningen'} en ${questions} ${questions === 1 ? 'vraag' : 'vragen'}.`}
      </p>
      <button type="button" className="button-primary" onClick={() => void share()} disabled={scope.documentIds.length === 0}>
        <Share2 />
        Bestand maken…
      </button>
      <p role="status" className="exchange-status">
        {message}
      </p>
      <div role="alert">{problem && <p className="form-error">{problem}</p>}</div>
    </section>
  );
}
