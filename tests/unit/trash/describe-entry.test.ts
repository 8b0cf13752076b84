// How the Prullenbak describes its entries in Dutch: titles, details, how long they stay, and
// where a put-back entry can be seen again.
import { describe, expect, it } from 'vitest';
import type { TrashEntry } from '../../../renderer/model/trash';
import { deletedLine, entryDetails, entryTitle, whereItIs } from '../../../renderer/trash/describe-entry';

const DAY = 24 * 60 * 60 * 1000;
const empty = { annotations: [], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] };
const meeting = { id: 'm1', name: 'Raad – Begroting', date: '2026-11-12', kind: 'raad' as const, createdAt: 1, updatedAt: 1 };
const item = { id: 'a1', meetingId: 'm1', number: '5a', title: 'Begroting 2027', documentIds: [], order: 0 };
const question = {
  id: 'q1', meetingId: 'm1', order: 0, kind: 'schriftelijke-vraag' as const, question: '', toelichting: '', priority: 'normaal' as const, status: 'concept' as const, createdAt: 1, updatedAt: 1,
};
const meetings = new Map([['m1', { name: meeting.name, date: meeting.date }]]);

describe('describing Prullenbak entries', () => {
  it('titles and details per kind', () => {
    const vergadering: TrashEntry = { id: 't1', kind: 'vergadering', title: meeting.name, deletedAt: 0, records: { ...empty, meetings: [meeting], agendaItems: [item], questions: [question, { ...question, id: 'q2' }] } };
    expect(entryTitle(vergadering)).toBe('Raad – Begroting, donderdag 12 november 2026');
    expect(entryDetails(vergadering, new Map())).toBe('Met 1 agendapunt en 2 vragen');

    const agendapunt: TrashEntry = { id: 't2', kind: 'agendapunt', title: '5a Begroting 2027', deletedAt: 0, records: { ...empty, agendaItems: [item], unlinkedQuestions: [{ questionId: 'q1', agendaItemId: 'a1', updatedAt: 1 }] } };
    expect(entryTitle(agendapunt)).toBe('Agendapunt 5a Begroting 2027');
    expect(entryDetails(agendapunt, meetings)).toBe('bij Raad – Begroting (donderdag 12 november 2026); 1 vraag hoorde erbij');

    const vraag: TrashEntry = { id: 't3', kind: 'question', title: ' ', deletedAt: 0, records: { ...empty, questions: [question] } };
    expect(entryTitle(vraag)).toBe('Vraag zonder tekst');
    expect(entryDetails(vraag, meetings)).toBe('Schriftelijke vraag bij Raad – Begroting (donderdag 12 november 2026)');
    expect(whereItIs(vraag)).toEqual({ href: '#/vergadering/m1', label: 'Naar de vergadering' });
  });

  it('says how long an entry stays', () => {
    const entry: TrashEntry = { id: 't', kind: 'question', title: 'x', deletedAt: Date.UTC(2026, 11, 3, 12), records: empty };
    expect(deletedLine(entry, entry.deletedAt + DAY / 2)).toMatch(/^Verwijderd op 3 december 2026 om \d\d:\d\d · blijft nog 30 dagen$/);
    expect(deletedLine(entry, entry.deletedAt + 29.5 * DAY)).toMatch(/blijft nog 1 dag$/);
    expect(deletedLine(entry, entry.deletedAt + 30 * DAY)).toMatch(/verdwijnt bij de volgende start$/);
  });
});
