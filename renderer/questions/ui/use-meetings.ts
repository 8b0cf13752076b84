/** React hooks: vergaderingen and one vergadering's agenda and questions, read live from IndexedDB. */
import { useLiveQuery } from 'dexie-react-hooks';
import { agendaItemsOf, getMeeting, listMeetings } from '../meeting-store';
import { questionsOf, type NumberedQuestion } from '../question-store';
import type { AgendaItem, Meeting } from '../../model/question';

/** Every vergadering (latest first); undefined while loading. */
export function useMeetings(): Meeting[] | undefined {
  return useLiveQuery(() => listMeetings(), []);
}

/** A vergadering with its agenda and numbered questions. */
export interface MeetingData {
  meeting: Meeting;
  agendaItems: AgendaItem[];
  questions: NumberedQuestion[];
}

/** One vergadering's data; undefined while loading, null when it does not exist. */
export function useMeetingData(meetingId: string): MeetingData | null | undefined {
  return useLiveQuery(async () => {
    const meeting = await getMeeting(meetingId);
    if (!meeting) return null;
    const [agendaItems, questions] = await Promise.all([agendaItemsOf(meetingId), questionsOf(meetingId)]);
    return { meeting, agendaItems, questions };
  }, [meetingId]);
}
