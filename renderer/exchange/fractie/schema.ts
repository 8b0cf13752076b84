/**
 * The valibot schema of a fractieset as this release reads it. Members it does not know are
 * ignored (JSON-LD readers do the same), but every member it uses is checked: types, lengths,
 * codes, dates in a sensible range and selectors that point somewhere. The limits keep a
 * hostile file from making the app slow or the screen unreadable.
 */
import * as v from 'valibot';
import { COLORS, FLAGS } from '../../model/annotation';
import type { CodedList } from '../../model/coded-list';
import { MEETING_KINDS, QUESTION_KINDS } from '../../model/question';
import { MAX_ITEMS } from './format';

function coded<Code extends string>(list: CodedList<Code>, what: string) {
  return v.custom<Code>((value) => list.has(value), `onbekende ${what}`);
}

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `tekst langer dan ${max} tekens`));
const id = v.pipe(v.string(), v.minLength(1, 'lege id'), v.maxLength(200, 'id langer dan 200 tekens'));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50_000_000));
// 2000–2100: a date outside it is no date of a council term, but a mistake or an attack.
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);
const time = v.pipe(
  v.string(),
  v.maxLength(40),
  v.isoTimestamp('geen geldige datum en tijd'),
  v.check((value) => {
    const at = Date.parse(value);
    return at >= MIN_TIME && at < MAX_TIME;
  }, 'een datum buiten 2000–2100'),
);

const creator = v.object({
  id: v.optional(id),
  name: v.pipe(text(200), v.minLength(1, 'een auteur zonder naam')),
  'leestafel:fractie': v.optional(text(200), ''),
});

const selectorPair = v.pipe(
  v.array(v.looseObject({ type: v.string() }, 'een selector die geen object is')),
  v.maxLength(10),
);

/** The quote of a target; both selectors are needed to anchor it. */
export const quoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(text(20_000), v.minLength(1, 'een citaat zonder tekst')),
  prefix: v.optional(text(2_000), ''),
  suffix: v.optional(text(2_000), ''),
});

/** The place of a target: an end after its start. */
export const positionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((position) => position.end > position.start, 'een plaats die nergens naar wijst (einde niet na begin)'),
);

const target = v.object({
  source: text(500),
  'leestafel:documentVersion': v.optional(text(100), ''),
  'leestafel:blockId': v.optional(text(200)),
  selector: v.optional(selectorPair),
});

const body = v.pipe(
  v.array(v.object({ type: v.optional(v.string()), purpose: v.optional(v.string()), value: text(100_000) })),
  v.maxLength(200, 'meer dan 200 delen in één aantekening'),
);

/** One annotation of the page; what it means is worked out in parse.ts. */
export const itemSchema = v.object({
  id,
  type: v.literal('Annotation'),
  motivation: v.picklist(['highlighting', 'commenting', 'tagging', 'questioning'], 'een onbekende motivatie'),
  created: time,
  modified: time,
  creator: v.optional(creator),
  body: v.optional(body, []),
  target,
  'leestafel:annotation': v.optional(
    v.object({ color: coded(COLORS, 'kleur'), flag: v.optional(coded(FLAGS, 'markering')), visibility: v.picklist(['prive', 'fractie']) }),
  ),
  'leestafel:question': v.optional(
    v.object({
      kind: coded(QUESTION_KINDS, 'soort vraag'),
      meeting: id,
      agendaItem: v.optional(id),
      reference: v.optional(
        v.object({
          documentTitle: text(500),
          sectionId: v.optional(text(200)),
          sectionNumber: v.optional(text(50)),
          sectionTitle: v.optional(text(500)),
          sectionPath: v.optional(v.pipe(v.array(text(500)), v.maxLength(10))),
          paragraphNumber: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
        }),
      ),
    }),
  ),
});

/** The whole file. */
export const fractiesetSchema = v.object({
  type: v.literal('AnnotationCollection'),
  generated: time,
  creator,
  'leestafel:scope': v.object({
    documentIds: v.pipe(v.array(id), v.maxLength(1000)),
    flags: v.optional(v.array(coded(FLAGS, 'markering'))),
    tags: v.optional(v.pipe(v.array(text(200)), v.maxLength(1000))),
    includesPrivate: v.boolean(),
    includesQuestions: v.boolean(),
  }),
  'leestafel:meetings': v.optional(
    v.pipe(
      v.array(
        v.object({
          id,
          name: text(500),
          date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'een vergaderdatum die geen datum is')),
          kind: coded(MEETING_KINDS, 'soort vergadering'),
          agendaItems: v.optional(v.pipe(v.array(v.object({ id, number: text(50), title: text(500) })), v.maxLength(1000)), []),
        }),
      ),
      v.maxLength(1000),
    ),
    [],
  ),
  first: v.object({
    type: v.literal('AnnotationPage'),
    items: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ITEMS, `meer dan ${MAX_ITEMS} aantekeningen`)),
  }),
});

export type FractiesetFile = v.InferOutput<typeof fractiesetSchema>;
export type FractiesetItem = v.InferOutput<typeof itemSchema>;
