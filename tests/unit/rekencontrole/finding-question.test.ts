// A finding made into a technische vraag: the values in the text, the table's row as the quote.
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import type { TableBlock } from '../../../renderer/documents/model';
import { checkDocumentTables } from '../../../renderer/documents/tables';
import { findingQuestionText, findingReference } from '../../../renderer/rekencontrole/finding-question';

const model = convertAll(readSources()).map((c) => c.model).find((m) => m.id === 'beleidskader-sociaal-domein-2023-2026')!;
const findings = checkDocumentTables(model.blocks).flatMap((t) => t.check.findings);
const block = (id: string) => model.blocks.find((b) => b.id === id) as TableBlock;

describe('a finding as a technische vraag', () => {
  it('names the table, row, column, printed and computed value of a sum that does not add up', () => {
    const finding = findings.find((f) => f.kind === 'fout')!;
    const { question, toelichting } = findingQuestionText(finding, block(finding.blockId), model.title);
    expect(question).toContain('rij "Subtotaal netto extra middelen", kolom "2023" staat 1.449, maar');
    expect(question).toContain('geeft 1.494. Welk bedrag is juist?');
    expect(toelichting).toMatch(/^Rekencontrole: Telt niet op: .*mogelijk verwisselde cijfers.*Zekerheid: waarschijnlijk/);
  });

  it('asks which amount a malformed number means, offering the one that makes the total add up', () => {
    const finding = findings.find((f) => f.kind === 'ongeldig-getal')!;
    const { question } = findingQuestionText(finding, block(finding.blockId), model.title);
    expect(question).toContain('kolom "2025" staat "1.307.0". Dat is geen geldig getal. Welk bedrag is bedoeld? Is dat 1.307,0?');
  });

  it('quotes the row of the table up to the cell, with the section it is in', () => {
    const finding = findings.find((f) => f.kind === 'ongeldig-getal')!;
    const reference = findingReference(model, finding)!;
    expect(reference.quote).toBe('5.1-5.6 Sport en cultuur\n1.278,0\n1.321,0\n1.307.0');
    expect(reference).toMatchObject({ documentId: model.id, documentVersion: model.version });
    expect(reference.sectionTitle).toBeTruthy();
  });
});
