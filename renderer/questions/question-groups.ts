/**
 * How a vergadering's questions are ordered and numbered, the way a griffie numbers a list:
 * grouped per agendapunt in agenda order, questions without agendapunt last, and within a
 * group by their own order key. The numbers run on through the groups (1…n), so a number is
 * unique in the vergadering and the same on the screen, in the print view and in every export.
 * Pure: no Dexie, no React.
 */
import type { AgendaItem, Question } from '../model/question';
import { isBlankQuestion } from './question-text';

/** A question with its number in its vergadering (1-based). */
export interface NumberedQuestion extends Question {
  number: number;
}

/** One agendapunt with its questions, or (without `agendaItem`) the questions without agendapunt. */
export interface QuestionGroup<Q extends Question = NumberedQuestion> {
  agendaItem?: AgendaItem;
  questions: Q[];
}

/** The heading of the group of questions without agendapunt. */
export const NO_AGENDA_ITEM = 'Zonder agendapunt';

function byAgendaOrder(agendaItems: readonly AgendaItem[]): AgendaItem[] {
  return [...agendaItems].sort((a, b) => a.order - b.order);
}

/**
 * The questions in griffie order: by their agendapunt's place on the agenda (none, or one that
 * is not on this agenda, last), then by order key, then by creation.
 */
export function sortQuestions<Q extends Question>(questions: readonly Q[], agendaItems: readonly AgendaItem[] = []): Q[] {
  const rank = new Map(byAgendaOrder(agendaItems).map((item, index) => [item.id, index]));
  const rankOf = (q: Question) => (q.agendaItemId !== undefined ? (rank.get(q.agendaItemId) ?? rank.size) : rank.size);
  return [...questions].sort((a, b) => rankOf(a) - rankOf(b) || a.order - b.order || a.createdAt - b.createdAt);
}

/** The questions in griffie order, each with its number. */
export function numberQuestions(questions: readonly Question[], agendaItems: readonly AgendaItem[] = []): NumberedQuestion[] {
  return sortQuestions(questions, agendaItems).map((q, i) => {
    // A question may come in numbered already (from an editor); the number is worked out afresh.
    const { number: _old, ...question } = q as Question & { number?: number };
    return { ...question, number: i + 1 };
  });
}

/** The agendapunt a question belongs to on this agenda; undefined for none or one not on it. */
export function groupKeyOf(question: Pick<Question, 'agendaItemId'>, agendaItems: readonly AgendaItem[]): string | undefined {
  return agendaItems.some((item) => item.id === question.agendaItemId) ? question.agendaItemId : undefined;
}

/**
 * The questions per agendapunt in agenda order, then those without agendapunt, keeping the
 * order of `questions` within a group (pass them numbered, i.e. in griffie order). With
 * `withEmpty` every agendapunt gets a group, also one without questions (the screen shows
 * them); otherwise only groups with questions are returned (the exports).
 */
export function groupQuestions<Q extends Question>(
  questions: readonly Q[],
  agendaItems: readonly AgendaItem[],
  { withEmpty = false }: { withEmpty?: boolean } = {},
): QuestionGroup<Q>[] {
  const groups: QuestionGroup<Q>[] = byAgendaOrder(agendaItems).map((agendaItem) => ({ agendaItem, questions: [] }));
  const rest: QuestionGroup<Q> = { questions: [] };
  const byId = new Map(groups.map((group) => [group.agendaItem!.id, group]));
  for (const question of questions) {
    const group = question.agendaItemId !== undefined ? byId.get(question.agendaItemId) : undefined;
    (group ?? rest).questions.push(question);
  }
  return [...groups, rest].filter((group) => group.questions.length > 0 || (withEmpty && group.agendaItem));
}

/** Whether a question has text worth sending: the store's rule (question-text.ts), per question. */
export function hasQuestionText(question: Pick<Question, 'question'>): boolean {
  return !isBlankQuestion(question.question);
}
