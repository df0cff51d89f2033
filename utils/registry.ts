/**
 * One way to turn a table of rows into a registry: every row is parsed by the schema at load
 * (malformed data fails loudly, at build and test time, never in the UI), ids are unique, and
 * the result is a list, a by-id map and a type guard.
 */
import { z } from '@/utils/zod';

export interface Registry<Row extends { id: string }, Id extends string> {
  readonly all: readonly (Row & { id: Id })[];
  readonly byId: Readonly<Record<Id, Row & { id: Id }>>;
  has(value: string): value is Id;
}

export function defineRegistry<Schema extends z.ZodType<{ id: string }>, const Rows extends readonly { id: string }[]>(
  name: string,
  schema: Schema,
  rows: Rows,
): Registry<z.output<Schema>, Rows[number]['id']> {
  type Id = Rows[number]['id'];
  type Row = z.output<Schema> & { id: Id };
  const all = z.array(schema).parse(rows) as Row[];
  const byId = Object.create(null) as Record<Id, Row>;
  for (const row of all) {
    if (Object.hasOwn(byId, row.id)) throw new Error(`${name}: duplicate id ${row.id}`);
    byId[row.id as Id] = row;
  }
  Object.freeze(all);
  Object.freeze(byId);
  return {
    all,
    byId,
    has: (value: string): value is Id => Object.hasOwn(byId, value),
  };
}
