// The record schemas describe exactly the stored shapes of renderer/model/: when a model gains,
// loses or changes a field, this file stops type-checking until the reservekopie schema (and so
// the format) follows.
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { ReservekopieTables } from '../../../../renderer/exchange/reservekopie/format';
import type { tablesSchema } from '../../../../renderer/exchange/reservekopie/schema';
import type { Annotation } from '../../../../renderer/model/annotation';
import type { MetaRecord } from '../../../../renderer/model/database-meta';
import type { AgendaItem, Meeting, Question } from '../../../../renderer/model/question';
import type { ReadingPosition } from '../../../../renderer/model/reading-position';
import type { SettingRecord } from '../../../../renderer/model/settings';
import type { TrashEntry } from '../../../../renderer/model/trash';

type Records = v.InferOutput<typeof tablesSchema>;

describe('the reservekopie schemas', () => {
  it('give exactly the model type of each table’s records', () => {
    expectTypeOf<Records['annotations'][number]>().toEqualTypeOf<Annotation>();
    expectTypeOf<Records['meetings'][number]>().toEqualTypeOf<Meeting>();
    expectTypeOf<Records['agendaItems'][number]>().toEqualTypeOf<AgendaItem>();
    expectTypeOf<Records['questions'][number]>().toEqualTypeOf<Question>();
    expectTypeOf<Records['settings'][number]>().toEqualTypeOf<SettingRecord>();
    expectTypeOf<Records['readingPositions'][number]>().toEqualTypeOf<ReadingPosition>();
    expectTypeOf<Records['trash'][number]>().toEqualTypeOf<TrashEntry>();
    expectTypeOf<Records['meta'][number]>().toEqualTypeOf<MetaRecord>();
    expectTypeOf<Records>().toEqualTypeOf<ReservekopieTables>();
  });
});
