/**
 * The question list as it is printed (and saved as PDF from the print dialog): the header,
 * then per agendapunt a heading and its exported questions with reference and quote, numbered
 * as on the screen. Hidden on screen; the print stylesheet shows only this.
 */
import type { ExportQuestion, QuestionExport } from '../export/export-model';

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
      {exported.groups.map((group, index) => (
        <section key={index} className="print-group">
          <h2>{group.heading}</h2>
          {group.questions.map((q) => (
            <PrintQuestion key={q.number} q={q} />
          ))}
        </section>
      ))}
    </section>
  );
}

function PrintQuestion({ q }: { q: ExportQuestion }) {
  return (
    <article className="print-question">
      <h3>
        Vraag {q.number} – {q.kind}
      </h3>
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
  );
}
