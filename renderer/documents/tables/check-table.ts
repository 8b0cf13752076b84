/**
 * The rekencontrole of one parsed table: finds its totals, subtotals and saldo rows — by label
 * and by the arithmetic (which contiguous preceding rows add up to the row, with signs for a
 * saldo) — and checks them column by column. A difference of one in the last printed digit is
 * "afronding". Components it cannot determine are "niet te controleren": it never guesses,
 * because a false alarm costs more than a missed error. An error in a subtotal is reported
 * once; the totals built on it are listed as its consequences.
 */
import { formatDutchNumber } from '../numbers';
import type { ColumnStatus, ComponentRef, Consequence, Finding, TableCheck, TotalCheck, Uncheckable } from './findings';
import { columnName, type ParsedRow, type ParsedTable, type TableValue } from './parse-table';
import { checkPercentages, percentColumns } from './check-percentages';

const TOTAL_LABEL = /\b(?:sub)?totaal\b|\bsaldo\b/i;
const SALDO_LABEL = /\bsaldo\b/i;
// Placeholders that stand for nil; "pm", "x" and "n.t.b." stand for an unknown amount.
const NIL = /^(?:-|–|−)$/;
const MAX_BLOCK = 40;
const MAX_SIGNED_BLOCK = 4;
const EPSILON = 1e-7;

type Cell = { kind: 'known'; value: number; decimals: number } | { kind: 'unknown' } | { kind: 'malformed' } | { kind: 'none' };

function cellOf(value: TableValue | undefined): Cell {
  if (!value || value.kind === 'empty') return { kind: 'none' };
  if (value.kind === 'number') return { kind: 'known', value: value.value, decimals: value.decimals };
  if (value.kind === 'malformed') return { kind: 'malformed' };
  if (value.kind === 'placeholder') return NIL.test(value.text.trim()) ? { kind: 'known', value: 0, decimals: 0 } : { kind: 'unknown' };
  return { kind: 'unknown' };
}

type Outcome =
  | { status: 'exact' | 'afronding' | 'gevolg'; computed: number; corrected: number; pmAsZero: boolean }
  | { status: 'mis'; computed: number; corrected: number; pmAsZero: boolean }
  | { status: 'malformed' }
  | { status: 'skip' };

interface Recognised {
  components: number[];
  /** Per column: the value the components give, where it differs from the printed one. */
  corrected: Map<number, number>;
  findingIds: Map<number, Finding>;
}

interface Candidate {
  block: number[];
  signs: (1 | -1)[];
  outcomes: Map<number, Outcome>;
  matched: number;
  exact: number;
  flips: number;
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Checks one parsed table. */
export function checkTable(table: ParsedTable): TableCheck {
  const percent = percentColumns(table);
  const amountColumns = table.columns.map((_, c) => c).filter((c) => !percent.has(c) && table.rows.some((r) => r.values[c]?.kind === 'number'));
  const recognised = new Map<number, Recognised>();
  const checks: TotalCheck[] = [];
  const findings: Finding[] = [];
  const uncheckable: Uncheckable[] = [];
  const hasContent = (row: ParsedRow) => amountColumns.some((c) => cellOf(row.values[c]).kind !== 'none');

  for (const row of table.rows) {
    for (const [column, value] of row.values.entries()) {
      if (value.kind === 'malformed') findings.push(malformedFinding(table, row, column, value.text, value.reason));
    }
    if (!amountColumns.some((c) => row.values[c]?.kind === 'number')) continue;
    const labelled = TOTAL_LABEL.test(row.label);
    const bare = row.label.trim() === '' && !row.values.some((v) => v.kind === 'text');
    const candidates = candidatesFor(table, row, amountColumns, recognised, hasContent);
    const best = candidates.sort((a, b) => b.matched - a.matched || b.exact - a.exact || a.flips - b.flips || a.block.length - b.block.length)[0];
    const checkable = amountColumns.filter((c) => row.values[c]?.kind === 'number');
    const accepted = best && accept(best, checkable.length, labelled, bare);
    if (!accepted) {
      if (labelled || bare) uncheckable.push({ row: row.index, label: row.label, reason: 'de onderdelen van dit totaal zijn niet te bepalen' });
      continue;
    }
    const components: ComponentRef[] = best.block.map((r, i) => ({ row: r, label: table.rows[r]!.label, sign: best.signs[i]! }));
    const certain = best.exact >= 2 && best.flips === 0;
    const record: Recognised = { components: best.block, corrected: new Map(), findingIds: new Map() };
    const columns: TotalCheck['columns'] = [];
    for (const column of checkable) {
      const outcome = best.outcomes.get(column)!;
      const status = columnStatus(outcome, best, column, components, table);
      columns.push({ column, status: status.status, ...(status.reason ? { reason: status.reason } : {}) });
      if (status.status === 'niet-te-controleren') {
        uncheckable.push({ row: row.index, label: row.label, column, reason: status.reason! });
        noteImpliedValue(findings, table, best, column, row);
        continue;
      }
      if (outcome.status === 'skip' || outcome.status === 'malformed') continue;
      if (status.status === 'fout' || status.status === 'gevolg') record.corrected.set(column, outcome.corrected);
      if (status.status === 'klopt' || status.status === 'gevolg') noteConsequences(recognised, best, column, row, outcome.status === 'gevolg');
      if (status.status === 'fout' || status.status === 'afronding') {
        const finding = totalFinding(table, row, column, outcome.corrected, components, status.status, certain && !outcome.pmAsZero, status.reason);
        findings.push(finding);
        record.findingIds.set(column, finding);
      }
    }
    recognised.set(row.index, record);
    checks.push({ row: row.index, label: row.label, foundBy: labelled ? 'label' : 'rekensom', components, columns });
    if (best.flips === 0) findings.push(...checkPercentages(table, row, best.block, percent));
  }
  return { blockId: table.blockId, checks, findings, uncheckable, verdict: verdictOf(checks, findings, uncheckable) };
}

function candidatesFor(
  table: ParsedTable,
  row: ParsedRow,
  columns: number[],
  recognised: Map<number, Recognised>,
  hasContent: (row: ParsedRow) => boolean,
): Candidate[] {
  const result: Candidate[] = [];
  const block: number[] = [];
  const excluded = new Set<number>();
  for (let j = row.index - 1; j >= 0 && block.length < MAX_BLOCK; j--) {
    if (excluded.has(j) || !hasContent(table.rows[j]!)) continue;
    block.unshift(j);
    const inner = recognised.get(j);
    if (inner) addComponents(inner, recognised, excluded);
    if (block.length < 2) continue;
    const signSets: (1 | -1)[][] = [block.map(() => 1)];
    if (SALDO_LABEL.test(row.label) && block.length <= MAX_SIGNED_BLOCK) {
      for (let mask = 1; mask < 1 << block.length; mask++) signSets.push(block.map((_, i) => ((mask >> i) & 1 ? -1 : 1)));
    }
    for (const signs of signSets) result.push(evaluate(table, row, [...block], signs, columns, recognised));
  }
  return result;
}

function addComponents(inner: Recognised, recognised: Map<number, Recognised>, excluded: Set<number>): void {
  for (const c of inner.components) {
    excluded.add(c);
    const deeper = recognised.get(c);
    if (deeper) addComponents(deeper, recognised, excluded);
  }
}

function evaluate(table: ParsedTable, row: ParsedRow, block: number[], signs: (1 | -1)[], columns: number[], recognised: Map<number, Recognised>): Candidate {
  const outcomes = new Map<number, Outcome>();
  let matched = 0;
  let exact = 0;
  for (const column of columns) {
    const total = cellOf(row.values[column]);
    if (total.kind !== 'known') {
      outcomes.set(column, { status: 'skip' });
      continue;
    }
    let printed = 0;
    let corrected = 0;
    let pmAsZero = false;
    let malformed = false;
    let decimals = total.decimals;
    block.forEach((r, i) => {
      const cell = cellOf(table.rows[r]!.values[column]);
      if (cell.kind === 'malformed') malformed = true;
      else if (cell.kind === 'unknown') pmAsZero = true;
      else if (cell.kind === 'known') {
        printed += signs[i]! * cell.value;
        corrected += signs[i]! * (recognised.get(r)?.corrected.get(column) ?? cell.value);
        decimals = Math.max(decimals, cell.decimals);
      }
    });
    if (malformed) {
      outcomes.set(column, { status: 'malformed' });
      continue;
    }
    const unit = 10 ** -decimals;
    const diffPrinted = Math.abs(round(total.value - printed));
    const diffCorrected = Math.abs(round(total.value - corrected));
    let status: Outcome['status'];
    if (diffPrinted < EPSILON) status = 'exact';
    else if (diffCorrected < EPSILON) status = 'gevolg';
    else if (Math.min(diffPrinted, diffCorrected) <= unit + EPSILON) status = 'afronding';
    else status = 'mis';
    if (status !== 'mis') matched++;
    if (status === 'exact' || status === 'gevolg') exact++;
    outcomes.set(column, { status, computed: round(printed), corrected: round(corrected), pmAsZero });
  }
  return { block, signs, outcomes, matched, exact, flips: signs.filter((s) => s < 0).length };
}

/** Whether a candidate's components are sure enough to judge the row's other columns by. */
function accept(best: Candidate, checkable: number, labelled: boolean, bare: boolean): boolean {
  // A difference where a component is pm is no evidence against the components.
  const misses = [...best.outcomes.values()].filter((o) => o.status === 'mis' && !o.pmAsZero).length;
  if (labelled) return best.matched >= 2 || (best.matched >= 1 && misses === 0);
  if (bare) return best.matched >= 2 && (misses === 0 || (misses === 1 && best.exact >= 3));
  // A row that is not called a total counts as one only where it adds up exactly everywhere.
  const nonZero = [...best.outcomes.values()].filter((o) => o.status === 'exact' && o.computed !== 0).length;
  return best.flips === 0 && best.exact === checkable && checkable >= 2 && nonZero >= 2;
}

function columnStatus(outcome: Outcome, best: Candidate, column: number, components: ComponentRef[], table: ParsedTable): { status: ColumnStatus; reason?: string } {
  if (outcome.status === 'malformed') return { status: 'niet-te-controleren', reason: 'een onderdeel is geen geldig getal' };
  if (outcome.status === 'skip') return { status: 'niet-te-controleren', reason: 'geen getal' };
  if (outcome.status === 'exact') return outcome.pmAsZero ? { status: 'klopt', reason: 'pm of n.t.b. niet meegeteld' } : { status: 'klopt' };
  if (outcome.status === 'gevolg') return { status: 'gevolg' };
  if (outcome.status === 'afronding') return { status: 'afronding' };
  if (!outcome.pmAsZero) return { status: 'fout' };
  // "pm" may hide an amount; only where this table itself counts it as nil elsewhere is a difference an error.
  const placeholderRows = components.filter((c) => cellOf(table.rows[c.row]!.values[column]).kind === 'unknown').map((c) => c.row);
  const evidence = [...best.outcomes.entries()].find(
    ([other, o]) =>
      other !== column && (o.status === 'exact' || o.status === 'gevolg') && placeholderRows.every((r) => cellOf(table.rows[r]!.values[other]).kind === 'unknown'),
  );
  if (!evidence) return { status: 'niet-te-controleren', reason: 'een onderdeel is pm of n.t.b.' };
  return { status: 'fout', reason: `pm geteld als 0, zoals de tabel doet in ${columnName(table, evidence[0])}` };
}

function noteConsequences(recognised: Map<number, Recognised>, best: Candidate, column: number, row: ParsedRow, agrees: boolean): void {
  for (const r of best.block) {
    const cause = recognised.get(r)?.findingIds.get(column);
    if (cause && cause.kind === 'fout') cause.consequences.push({ row: row.index, label: row.label, column, agreesWithComputed: agrees } satisfies Consequence);
  }
}

function decimalsOf(row: ParsedRow, column: number): number {
  const value = row.values[column];
  return value?.kind === 'number' ? value.decimals : 0;
}

function totalFinding(table: ParsedTable, row: ParsedRow, column: number, computed: number, components: ComponentRef[], kind: 'fout' | 'afronding', certain: boolean, reason?: string): Finding {
  const printed = row.values[column]!.text;
  const computedText = formatDutchNumber(computed, decimalsOf(row, column));
  const transposed = kind === 'fout' && isTransposition(printed, computedText);
  const sum = components.map((c, i) => `${i === 0 ? (c.sign < 0 ? '−' : '') : c.sign < 0 ? ' − ' : ' + '}${c.label || 'naamloze rij'}`).join('');
  const explanation =
    kind === 'afronding'
      ? `Afronding: ${sum} geeft ${computedText}, gedrukt is ${printed.trim()}.`
      : `Telt niet op: ${sum} geeft ${computedText}, gedrukt is ${printed.trim()}${transposed ? ' (mogelijk verwisselde cijfers)' : ''}${reason ? `; ${reason}` : ''}.`;
  return {
    id: `${table.blockId}:${row.index}:${column}:${kind}`,
    blockId: table.blockId,
    kind,
    row: row.index,
    rowLabel: row.label,
    column,
    columnLabel: columnName(table, column),
    printed,
    computed,
    computedText,
    components,
    certainty: certain ? 'zeker' : 'waarschijnlijk',
    explanation,
    consequences: [],
  };
}

function isTransposition(printed: string, computed: string): boolean {
  const digits = (text: string) => text.replace(/\D/g, '');
  const a = digits(printed);
  const b = digits(computed);
  return a !== b && a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

function malformedFinding(table: ParsedTable, row: ParsedRow, column: number, printed: string, reason: string): Finding {
  return {
    id: `${table.blockId}:${row.index}:${column}:ongeldig-getal`,
    blockId: table.blockId,
    kind: 'ongeldig-getal',
    row: row.index,
    rowLabel: row.label,
    column,
    columnLabel: columnName(table, column),
    printed,
    components: [],
    certainty: 'zeker',
    explanation: `Ongeldig getal: "${printed.trim()}" is ${reason}; het telt nergens mee.`,
    consequences: [],
  };
}

/** Where one malformed cell is the only unknown of a total, says which value would make the total add up. */
function noteImpliedValue(findings: Finding[], table: ParsedTable, best: Candidate, column: number, row: ParsedRow): void {
  const total = cellOf(row.values[column]);
  const cells = best.block.map((r) => cellOf(table.rows[r]!.values[column]));
  const bad = best.block.filter((_, i) => cells[i]!.kind === 'malformed');
  if (total.kind !== 'known' || bad.length !== 1 || cells.some((c) => c.kind === 'unknown')) return;
  const index = best.block.indexOf(bad[0]!);
  const rest = cells.reduce((sum, c, i) => (i !== index && c.kind === 'known' ? sum + best.signs[i]! * c.value : sum), 0);
  const implied = round((total.value - rest) * best.signs[index]!);
  const finding = findings.find((f) => f.kind === 'ongeldig-getal' && f.row === bad[0] && f.column === column);
  if (!finding) return;
  const text = formatDutchNumber(implied, total.decimals);
  // Only when the printed digits are those of the value that makes the total add up.
  if (text.replace(/\D/g, '') !== finding.printed.replace(/\D/g, '')) return;
  finding.computed = implied;
  finding.computedText = text;
  finding.components = [{ row: row.index, label: row.label, sign: 1 }];
  finding.explanation += ` ${row.label || 'Het totaal'} klopt als hier ${text} bedoeld is.`;
}

function verdictOf(checks: TotalCheck[], findings: Finding[], uncheckable: Uncheckable[]): TableCheck['verdict'] {
  if (findings.some((f) => f.kind !== 'afronding')) return 'bevindingen';
  if (uncheckable.length > 0) return 'niet-te-controleren';
  return checks.length > 0 ? 'klopt' : 'geen-totalen';
}
