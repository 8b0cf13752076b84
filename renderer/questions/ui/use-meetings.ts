/** React hooks: vergaderingen and one vergadering's agenda and questions, read live from IndexedDB. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listMeetings } from '../meeting-store';
import { meetingWithQuestions, type MeetingWithQuestions } from '../question-store';
import type { Meeting } from '../../model/question';

/** Every vergadering (latest first); undefined while loading. */
export function useMeetings(): Meeting[] | undefined {
  return useLiveQuery(() => listMeetings(), []);
}

/** A vergadering with its agenda and numbered questions. */
export type MeetingData = MeetingWithQuestions;

/** One vergadering's data; undefined while loading, null when it does not exist. */
export function useMeetingData(meetingId: string): MeetingData | null | undefined {
  return useLiveQuery(async () => (await meetingWithQuestions(meetingId)) ?? null, [meetingId]);
}
