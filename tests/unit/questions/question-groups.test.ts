// Griffie order and numbering, pure: questions per agendapunt in agenda order (not in the
// order the agendapunten were made), those without agendapunt (or with one not on this
// agenda) last, numbered 1…n straight through the groups.
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Question } from '../../../renderer/model/question';
import { groupHeading, groupKeepingEdited, groupQuestions, hasQuestionText, numberQuestions } from '../../../renderer/questions/question-groups';

const item = (id: string, number: string, title: string, order: number): AgendaItem => ({ id, meetingId: 'm', number, title, documentIds: [], order });
const question = (id: string, order: number, agendaItemId?: string, text = id): Question => ({
  id, meetingId: 'm', order, kind: 'technische-vraag', question: text, toelichting: '', priority: 'normaal', status: 'concept',
  createdAt: order, updatedAt: order, ...(agendaItemId ? { agendaItemId } : {}),
});

// Made in this order: 7 first, then 3, then 5; the agenda order (the order keys) is 3, 5, 7.
const agenda = [item('a7', '7', 'Begroting 2027', 2), item('a3', '3', 'Kadernota 2022', 0), item('a5', '5', 'Sociaal domein', 1)];
const questions = [
  question('vrij', 0),
  question('begroting', 1, 'a7'),
  question('kadernota-2', 5, 'a3'),
  question('kadernota-1', 2, 'a3'),
  question('weg', 3, 'verwijderd-agendapunt'),
  question('sociaal', 4, 'a5'),
];

describe('griffie order', () => {
  it('numbers per agendapunt in agenda order, order key within, without agendapunt last', () => {
    expect(numberQuestions(questions, agenda).map((q) => `${q.number}:${q.id}`)).toEqual([
      '1:kadernota-1',
      '2:kadernota-2',
      '3:sociaal',
      '4:begroting',
      '5:vrij',
      '6:weg',
    ]);
  });

  it('numbers by order key alone without an agenda', () => {
    expect(numberQuestions(questions).map((q) => q.id)).toEqual(['vrij', 'begroting', 'kadernota-1', 'weg', 'sociaal', 'kadernota-2']);
  });

  it('groups in agenda order, keeping the numbers; an agendapunt without questions has no group', () => {
    const numbered = numberQuestions(questions.filter((q) => q.id !== 'sociaal'), agenda);
    const summary = groupQuestions(numbered, agenda).map((g) => [g.agendaItem?.number ?? '-', g.questions.map((q) => q.number).join(',')]);
    expect(summary).toEqual([['3', '1,2'], ['7', '3'], ['-', '4,5']]);
    expect(groupQuestions([], agenda)).toEqual([]);
  });

  it('keeps the question being edited in the group it had when its editor opened, also when that agendapunt is gone', () => {
    const kadernota = agenda.find((a) => a.id === 'a3')!;
    // Its agendapunt 3 deleted meanwhile: kadernota-1 lost its link, and 3 is no longer on the agenda.
    const after = numberQuestions(questions.map((q) => (q.agendaItemId === 'a3' ? { ...q, agendaItemId: undefined } : q)), agenda.filter((a) => a !== kadernota));
    const summary = (edited?: { id: string; agendaItem?: AgendaItem }) =>
      groupKeepingEdited(after, agenda.filter((a) => a !== kadernota), edited).map((g) => [g.agendaItem?.number ?? '-', g.questions.map((q) => q.id).join(',')]);
    expect(summary({ id: 'kadernota-1', agendaItem: kadernota })).toEqual([['3', 'kadernota-1'], ['5', 'sociaal'], ['7', 'begroting'], ['-', 'vrij,weg,kadernota-2']]);
    // The same object, so the editor is handed the question as stored.
    expect(groupKeepingEdited(after, agenda, { id: 'kadernota-1', agendaItem: kadernota })[0]!.questions[0]).toBe(after.find((q) => q.id === 'kadernota-1'));
    expect(summary()).toEqual([['5', 'sociaal'], ['7', 'begroting'], ['-', 'vrij,kadernota-1,weg,kadernota-2']]);
    // Edited while without agendapunt, and given one elsewhere: it stays without.
    expect(summary({ id: 'sociaal' })).toEqual([['7', 'begroting'], ['-', 'vrij,kadernota-1,weg,kadernota-2,sociaal']]);
  });

  it('heads a group the same everywhere: the agendapunt with its number, or Zonder agendapunt', () => {
    expect([groupHeading(agenda[1]), groupHeading({ number: '', title: 'Rondvraag' }), groupHeading(undefined)]).toEqual([
      'Agendapunt 3 Kadernota 2022',
      'Agendapunt Rondvraag',
      'Zonder agendapunt',
    ]);
  });

  it('counts a question of only whitespace as without text', () => {
    expect([' \n\t ', '', '?', ' Wat kost het? '].map((text) => hasQuestionText({ question: text }))).toEqual([false, false, true, true]);
    // The store's rule, so what the list calls a question the store would keep, and no more.
    expect(hasQuestionText({ question: '\u00a0\u2003\u202f' })).toBe(false);
  });
});
