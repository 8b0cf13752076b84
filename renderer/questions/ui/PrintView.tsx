/**
 * The question list as it is printed (and saved as PDF from the print dialog): the header
 * and every exported question with its reference and quote. Hidden on screen; the print
 * stylesheet shows only this.
 */
import type { QuestionExport } from '../export/export-model';

/** The printable question list. */
export function PrintView({ exported }: { exported: QuestionExport }) {
  return (
    <section className="print-view" aria-hidden="true">
      <h1>{exported.title}</h1>
      <dl className="print-header">
        <dt>Fractie</dt>
        <dd>{exported.fractie}</dd>
        <dt>Raadslid</dt>
        <dd>{exported.raadslid}</dd>
        <dt>Vergadering</dt>
        <dd>
          {exported.meetingName} ({exported.meetingKind})
        </dd>
        <dt>Datum</dt>
        <dd>{exported.dateLong}</dd>
      </dl>
      {exported.questions.map((q) => (
        <article key={q.number} className="print-question">
          <h2>
            Vraag {q.number} – {q.kind}
          </h2>
          {q.agendaItem && <p>Agendapunt: {q.agendaItem}</p>}
          {q.referenceLabel && <p>Bron: {q.referenceLabel}</p>}
          {q.addressedTo && <p>Gericht aan: {q.addressedTo}</p>}
          {q.reference && <blockquote>“{q.reference.quote}”</blockquote>}
          <p className="print-label">Vraag</p>
          <p className="question-text">{q.question}</p>
          {q.toelichting && (
            <>
              <p className="print-label">Toelichting</p>
              <p className="question-text">{q.toelichting}</p>
            </>
          )}
          {q.answer && (
            <>
              <p className="print-label">Antwoord</p>
              <p className="question-text">{q.answer}</p>
            </>
          )}
        </article>
      ))}
    </section>
  );
}
