// The rekencontrole on synthetic tables: each case one kind of error (or none), and the
// cases where it must stay silent.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../renderer/documents/model';
import { checkTable, parseCell, parseTable, findUnit, type TableCheck } from '../../../../renderer/documents/tables';
import { formatDutchNumber, readDutchFigure } from '../../../../renderer/documents/numbers';

function block(header: string[], rows: [string, ...string[]][], caption?: string): TableBlock {
  return { kind: 'table', id: 't-1', lines: [1, 1], header, rows: rows.map(([label, ...cells]) => ({ label, cells })), ...(caption ? { caption } : {}) };
}
const check = (header: string[], rows: [string, ...string[]][]): TableCheck => checkTable(parseTable(block(header, rows)));
const summary = (c: TableCheck) => c.findings.map((f) => `${f.kind} ${f.rowLabel}/${f.columnLabel}: ${f.printed} → ${f.computedText ?? '?'} (${f.certainty})`);

describe('reading cells', () => {
  it('reads Dutch notation, signs with a space, brackets and a lost euro sign', () => {
    expect(parseCell('1.234,5')).toMatchObject({ kind: 'number', value: 1234.5, decimals: 1 });
    expect(parseCell('- 276')).toMatchObject({ kind: 'number', value: -276 });
    expect(parseCell('(276)')).toMatchObject({ kind: 'number', value: -276 });
    expect(parseCell('e 15.000')).toMatchObject({ kind: 'number', value: 15000, euro: true });
    expect(parseCell('€ -3.938')).toMatchObject({ kind: 'number', value: -3938, euro: true });
    expect(parseCell('8,43%')).toMatchObject({ kind: 'number', value: 8.43, percent: true });
  });

  it('keeps placeholders and text as they are, and reports malformed figures', () => {
    for (const text of ['pm', 'x', '-', 'n.t.b.']) expect(parseCell(text)).toEqual({ kind: 'placeholder', text });
    expect(parseCell('')).toEqual({ kind: 'empty', text: '' });
    expect(parseCell('Projectkosten')).toEqual({ kind: 'text', text: 'Projectkosten' });
    expect(parseCell('1.307.0')).toMatchObject({ kind: 'malformed', text: '1.307.0' });
    expect(parseCell('4195060862,01%')).toMatchObject({ kind: 'malformed' });
    expect(readDutchFigure('12,3,4')).toMatchObject({ ok: false });
  });

  it('finds the unit, also with the € extracted as "e", in the caption or the text before', () => {
    expect(findUnit('Bedragen x € 1.000')).toMatchObject({ multiplier: 1000, currency: 'EUR' });
    expect(findUnit('(Bedragen x e 1.000.000)')).toMatchObject({ multiplier: 1000000 });
    expect(findUnit('Geen eenheid')).toBeUndefined();
    expect(parseTable(block(['', '2024'], [['A', '1']]), 'Bedragen x € 1.000').unit?.multiplier).toBe(1000);
  });

  it('formats a computed value the way the table prints it', () => {
    expect(formatDutchNumber(-3939, 0)).toBe('-3.939');
    expect(formatDutchNumber(1307, 1)).toBe('1.307,0');
    expect(formatDutchNumber(26641.94, 1)).toBe('26.641,9');
  });
});

describe('checking totals', () => {
  const header = ['', '2023', '2024', '2025'];

  it('confirms totals that add up', () => {
    const c = check(header, [
      ['Jeugd', '1.200', '1.300', '1.400'],
      ['Wmo', '800', '850', '900'],
      ['Totaal', '2.000', '2.150', '2.300'],
    ]);
    expect(c.verdict).toBe('klopt');
    expect(c.findings).toEqual([]);
    expect(c.checks[0]!.columns.map((col) => col.status)).toEqual(['klopt', 'klopt', 'klopt']);
  });

  it('calls a difference of one in the last printed digit afronding', () => {
    const c = check(header, [
      ['Jeugd', '1.200,4', '1.300,0', '1.400,0'],
      ['Wmo', '800,4', '850,0', '900,0'],
      ['Totaal', '2.000,9', '2.150,0', '2.300,0'],
    ]);
    expect(summary(c)).toEqual(['afronding Totaal/2023: 2.000,9 → 2.000,8 (zeker)']);
    expect(c.verdict).toBe('klopt');
  });

  it('reports a transposed digit with the rows used', () => {
    const c = check(header, [
      ['Jeugd', '1.200', '1.300', '1.400'],
      ['Wmo', '800', '850', '900'],
      ['Totaal', '2.000', '2.510', '2.300'],
    ]);
    expect(summary(c)).toEqual(['fout Totaal/2024: 2.510 → 2.150 (zeker)']);
    expect(c.findings[0]!.components.map((x) => x.label)).toEqual(['Jeugd', 'Wmo']);
    expect(c.findings[0]!.explanation).toContain('mogelijk verwisselde cijfers');
    expect(c.verdict).toBe('bevindingen');
  });

  it('reports a wrong subtotal once, with the saldo that follows from it as its consequence', () => {
    const c = check(header, [
      ['Lasten A', '100', '200', '300'],
      ['Lasten B', '50', '60', '70'],
      ['Subtotaal', '150', '206', '370'],
      ['Dekking', '-20', '-20', '-20'],
      ['Saldo', '130', '186', '350'],
    ]);
    expect(summary(c)).toEqual(['fout Subtotaal/2024: 206 → 260 (zeker)']);
    expect(c.findings[0]!.consequences).toEqual([{ row: 4, label: 'Saldo', column: 1, agreesWithComputed: false }]);
  });

  it('handles mixed signs: a saldo of baten minus lasten printed as positive amounts', () => {
    const c = check(['', '2023', '2024'], [
      ['Lasten', '4.488', '4.500'],
      ['Baten', '549', '600'],
      ['Saldo', '-3.939', '-3.900'],
    ]);
    expect(c.findings).toEqual([]);
    expect(c.checks[0]!.components.map((x) => x.sign)).toEqual([-1, 1]);
  });

  it('reports malformed numbers and leaves their totals unchecked', () => {
    const c = check(header, [
      ['Jeugd', '1.200', '1.3.00', '1.400'],
      ['Wmo', '800', '850', '900'],
      ['Totaal', '2.000', '2.150', '2.300'],
    ]);
    expect(summary(c)).toEqual(['ongeldig-getal Jeugd/2024: 1.3.00 → 1.300 (zeker)']);
    expect(c.uncheckable).toEqual([{ row: 2, label: 'Totaal', column: 1, reason: 'een onderdeel is geen geldig getal' }]);
  });

  it('checks percentages against their amounts', () => {
    const c = check(['', 'Aandeel', 'Bedrag'], [
      ['Jeugd', '60,0%', '1.200'],
      ['Wmo', '30,0%', '800'],
      ['Totaal', '100,0%', '2.000'],
    ]);
    expect(summary(c)).toEqual(['percentage Wmo/Aandeel: 30,0% → 40,0% (waarschijnlijk)']);
  });

  it('stays silent where the components cannot be determined', () => {
    const lone = check(['', '2023'], [
      ['Jeugd', '1.200'],
      ['Wmo', '800'],
      ['Totaal', '2.500'],
    ]);
    expect(lone.findings).toEqual([]);
    expect(lone.verdict).toBe('niet-te-controleren');
    expect(lone.uncheckable[0]!.reason).toBe('de onderdelen van dit totaal zijn niet te bepalen');
    const noTotals = check(header, [
      ['Jeugd', '21,0', '21,0', '21,0'],
      ['Wmo', 'x', '-', 'pm'],
      ['Dekking', '-21,0', '', ''],
    ]);
    expect(noTotals).toMatchObject({ verdict: 'geen-totalen', findings: [], checks: [] });
  });

  it('takes a column of codes that look like misprinted figures for text, not for errors', () => {
    const c = check(['', 'Taakveld', '2023', '2024'], [
      ['Bestuur', '0.1', '100', '110'],
      ['Burgerzaken', '0.2', '50', '60'],
      ['Totaal', '', '150', '170'],
    ]);
    expect(c.findings).toEqual([]);
    expect(c.verdict).toBe('klopt');
  });

  it('does not call a pm difference an error unless the table counts pm as nil elsewhere', () => {
    const unknown = check(['', '2023', '2024'], [
      ['Jeugd', '1.200', '1.300'],
      ['Wmo', 'pm', '850'],
      ['Totaal', '2.000', '2.150'],
    ]);
    expect(unknown.findings).toEqual([]);
    expect(unknown.uncheckable.map((u) => u.reason)).toEqual(['een onderdeel is pm of n.t.b.']);
  });
});
