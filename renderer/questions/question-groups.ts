/**
 * How a vergadering's questions are ordered and numbered, the way a griffie numbers a list:
 * grouped per agendapunt in agenda order, questions without agendapunt last, and within a
 * group by their own order key. The numbers run on through the groups (1…n), so a number is
 * unique in the vergadering and the same on the screen, in the print view and in every export,
 * as are the groups' headings. Pure: no Dexie, no React.
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

/** "5a Kadernota 2022" from an agendapunt (the number only when there is one). */
export function agendaItemLabel(item: Pick<AgendaItem, 'number' | 'title'>): string {
  return item.number ? `${item.number} ${item.title}` : item.title;
}

/** The heading of a group, the same on the screen and in every export: "Agendapunt 5a Kadernota 2022", or "Zonder agendapunt". */
export function groupHeading(agendaItem: Pick<AgendaItem, 'number' | 'title'> | undefined): string {
  return agendaItem ? `Agendapunt ${agendaItemLabel(agendaItem)}` : 'Zonder agendapunt';
}

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

/** A question without the number it may carry (an editor's copy, say): the number is never stored, always worked out afresh. */
export function withoutNumber(question: Question & { number?: number }): Question {
  const { number: _number, ...stored } = question;
  return stored;
}

/** The questions in griffie order, each with its number. */
export function numberQuestions(questions: readonly Question[], agendaItems: readonly AgendaItem[] = []): NumberedQuestion[] {
  return sortQuestions(questions, agendaItems).map((q, i) => ({ ...withoutNumber(q), number: i + 1 }));
}

/** The agendapunt a question belongs to on this agenda; undefined for none or one not on it. */
export function groupKeyOf(question: Pick<Question, 'agendaItemId'>, agendaItems: readonly AgendaItem[]): string | undefined {
  return agendaItems.some((item) => item.id === question.agendaItemId) ? question.agendaItemId : undefined;
}

/**
 * The questions per agendapunt in agenda order, then those without agendapunt, keeping the
 * order of `questions` within a group (pass them numbered, i.e. in griffie order). Only groups
 * with questions are returned. `groupOf` says a question's agendapunt (its own by default).
 */
export function groupQuestions<Q extends Question>(
  questions: readonly Q[],
  agendaItems: readonly AgendaItem[],
  { groupOf = (question: Q) => question.agendaItemId }: { groupOf?: (question: Q) => string | undefined } = {},
): QuestionGroup<Q>[] {
  const groups: QuestionGroup<Q>[] = byAgendaOrder(agendaItems).map((agendaItem) => ({ agendaItem, questions: [] }));
  const rest: QuestionGroup<Q> = { questions: [] };
  const byId = new Map(groups.map((group) => [group.agendaItem!.id, group]));
  for (const question of questions) {
    const key = groupOf(question);
    const group = key !== undefined ? byId.get(key) : undefined;
    (group ?? rest).questions.push(question);
  }
  return [...groups, rest].filter((group) => group.questions.length > 0);
}

/** Where the question being edited stays while its editor is open: the agendapunt it had then (none: undefined). */
export interface EditedPlace {
  id: string;
  agendaItem?: AgendaItem;
}

/**
 * groupQuestions for the screen: the question being edited stays in the group it was in when
 * its editor opened — also when its agendapunt is deleted or it is moved elsewhere meanwhile —
 * because a question that changes group is rebuilt in another list, and its editor with it,
 * unsaved text and all. It joins its new group when the editor closes.
 */
export function groupKeepingEdited<Q extends Question>(questions: readonly Q[], agendaItems: readonly AgendaItem[], edited?: EditedPlace): QuestionGroup<Q>[] {
  const question = edited && questions.find((q) => q.id === edited.id);
  if (!edited || !question || (question.agendaItemId ?? '') === (edited.agendaItem?.id ?? '')) return groupQuestions(questions, agendaItems);
  const { agendaItem } = edited;
  const agenda = agendaItem && !agendaItems.some((item) => item.id === agendaItem.id) ? [...agendaItems, agendaItem] : agendaItems;
  const others = questions.filter((q) => q !== question);
  return groupQuestions([...others, question], agenda, { groupOf: (q) => (q === question ? agendaItem?.id : q.agendaItemId) });
}

/** Whether a question has text worth sending: the store's rule (question-text.ts), per question. */
export function hasQuestionText(question: Pick<Question, 'question'>): boolean {
  return !isBlankQuestion(question.question);
}
