/**
 * What the rekencontrole reports: per table the totals it checked (and how it found their
 * components), the findings on single cells, and what it could not check. Plain data, so
 * the reader, the overview and the question draft all show the same thing.
 */

/** What is wrong with a cell (or, for "afronding", what is almost right). */
export type FindingKind = 'fout' | 'afronding' | 'ongeldig-getal' | 'percentage';

/** How sure the check is: "zeker" where the components are beyond doubt, else "waarschijnlijk". */
export type Certainty = 'zeker' | 'waarschijnlijk';

/** A row used in a sum, with the sign it was counted with. */
export interface ComponentRef {
  row: number;
  label: string;
  sign: 1 | -1;
}

/** A later total whose printed value depends on the cell of a finding. */
export interface Consequence {
  row: number;
  label: string;
  column: number;
  /** True when that total agrees with the computed value (so it is right), false when it follows the printed one. */
  agreesWithComputed: boolean;
}

/** One finding on one cell of one table. */
export interface Finding {
  /** Stable within a document version: `${blockId}:${row}:${column}:${kind}`. */
  id: string;
  blockId: string;
  kind: FindingKind;
  /** Index in the table block's rows. */
  row: number;
  rowLabel: string;
  /** Index in the row's cells. */
  column: number;
  columnLabel: string;
  /** The cell exactly as printed. */
  printed: string;
  /** The value the check computed, when there is one. */
  computed?: number;
  /** `computed` in Dutch notation with the printed number of decimals. */
  computedText?: string;
  /** The rows the computed value is made of. */
  components: ComponentRef[];
  certainty: Certainty;
  /** One sentence in Dutch that says what was found. */
  explanation: string;
  consequences: Consequence[];
}

/** The outcome of one column of a total. */
export type ColumnStatus = 'klopt' | 'afronding' | 'fout' | 'gevolg' | 'niet-te-controleren';

/** A total, subtotal or saldo row and how it was checked. */
export interface TotalCheck {
  row: number;
  label: string;
  /** By its label (Totaal, Subtotaal, Saldo) or only by the arithmetic. */
  foundBy: 'label' | 'rekensom';
  components: ComponentRef[];
  columns: { column: number; status: ColumnStatus; reason?: string }[];
}

/** Something the rekencontrole could not check, and why. */
export interface Uncheckable {
  row: number;
  label: string;
  column?: number;
  reason: string;
}

/** Everything the rekencontrole says about one table. */
export interface TableCheck {
  blockId: string;
  checks: TotalCheck[];
  findings: Finding[];
  uncheckable: Uncheckable[];
  /**
   * "klopt": totals were checked and nothing is wrong (roundings aside); "bevindingen": there
   * are findings other than afronding; "niet-te-controleren": a total exists but could not be
   * checked; "geen-totalen": nothing to check.
   */
  verdict: 'klopt' | 'bevindingen' | 'niet-te-controleren' | 'geen-totalen';
}

/** Dutch words for a finding's kind, for lists and question texts. */
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  fout: 'Telt niet op',
  afronding: 'Afronding',
  'ongeldig-getal': 'Ongeldig getal',
  percentage: 'Percentage klopt niet',
};
