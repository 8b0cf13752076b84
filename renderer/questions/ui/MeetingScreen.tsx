/**
 * One vergadering as a workspace: its agenda and, beside it on a wide window (above it on a
 * narrow one), the questions per agendapunt (edit, reorder, select) and the exports. The
 * print view of the chosen questions sits here too, shown only when printing.
 */
import { useCallback, useEffect, useState } from 'react';
import { ShortcutHelp } from '../../keyboard/ShortcutHelp';
import { MEETING_SHORTCUTS } from '../../keyboard/shortcut-lists';
import { useShortcutKey } from '../../keyboard/use-shortcut-key';
import { useSettings } from '../../settings/use-settings';
import { formatDutchDate } from '../export/dutch-date';
import { prepareExport } from '../export/export-model';
import { MEETING_KINDS } from '../../model/question';
import { meetingsHref } from '../../navigation/route';
import { AgendaSection } from './AgendaSection';
import { ExportPanel } from './ExportPanel';
import { MeetingActions } from './MeetingActions';
import { PrintView } from './PrintView';
import { ProfilePanel } from './ProfilePanel';
import { QuestionFromAnnotationForm } from './QuestionFromAnnotationForm';
import { QuestionList } from './QuestionList';
import { SharedQuestionsSection } from './SharedQuestionsSection';
import { ScreenHeader } from '../../settings/ScreenHeader';
import { useMeetingData } from './use-meetings';
import { LoadingStatus } from '../../storage/LoadingStatus';
import './questions.css';

const HELP_KEYS = ['?'];

/** The screen at #/vergadering/<id>; mount it with `key={meetingId}`. */
export function MeetingScreen({ meetingId }: { meetingId: string }) {
  const data = useMeetingData(meetingId);
  const { profile } = useSettings();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [onlySelected, setOnlySelected] = useState(false);
  const [includeEmpty, setIncludeEmpty] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  useShortcutKey(HELP_KEYS, useCallback(() => setHelpOpen(true), []));

  useEffect(() => {
    document.title = data ? `${data.meeting.name} – Vergaderingen – Leestafel Leusden` : 'Vergadering – Leestafel Leusden';
  }, [data]);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const exported =
    data &&
    prepareExport(data.meeting, data.agendaItems, data.questions, profile, {
      selectedIds: onlySelected && selected.size > 0 ? selected : undefined,
      includeEmpty,
    });

  return (
    <>
      <ScreenHeader backHref={meetingsHref} backLabel="Vergaderingen" />
      <main id="inhoud" tabIndex={-1} className="meeting-screen">
        {data === undefined && <LoadingStatus loading="Vergadering wordt geladen…" failed="De vergadering kan niet worden getoond" />}
        {data === null && (
          <div role="alert">
            <p>Deze vergadering bestaat niet (meer).</p>
            <p>
              <a href={meetingsHref}>Naar de vergaderingen</a>
            </p>
          </div>
        )}
        {data && exported && (
          <>
            <div className="screen-only">
              <h1>{data.meeting.name}</h1>
              <p className="intro">
                {MEETING_KINDS.label(data.meeting.kind)} · {formatDutchDate(data.meeting.date)}
              </p>
              <MeetingActions meeting={data.meeting} questionCount={data.questions.length} />
              <ProfilePanel profile={profile} />
              <div className="meeting-workspace">
                <div className="meeting-agenda-column">
                  <AgendaSection meetingId={meetingId} agendaItems={data.agendaItems} questions={data.questions} />
                </div>
                <div className="meeting-questions-column">
                  <section aria-labelledby="vragen-titel" className="questions-section">
                    <h2 id="vragen-titel">Vragen</h2>
                    <QuestionList data={data} selected={selected} onSelect={toggle} />
                    <QuestionFromAnnotationForm meetingId={meetingId} agendaItems={data.agendaItems} />
                  </section>
                  <SharedQuestionsSection meetingId={meetingId} agendaItems={data.agendaItems} />
                  <ExportPanel
                    exported={exported}
                    total={data.questions.length}
                    selectedCount={selected.size}
                    onlySelected={onlySelected && selected.size > 0}
                    onOnlySelectedChange={setOnlySelected}
                    includeEmpty={includeEmpty}
                    onIncludeEmptyChange={setIncludeEmpty}
                    hasProfile={profile !== null}
                  />
                </div>
              </div>
            </div>
            <PrintView exported={exported} />
          </>
        )}
      </main>
      {helpOpen && <ShortcutHelp shortcuts={MEETING_SHORTCUTS} onClose={() => setHelpOpen(false)} />}
    </>
  );
}
