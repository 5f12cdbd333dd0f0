/**
 * Valid-looking values from the OpenAPI document's JSON schemas (OpenAPI 3.0: `nullable`,
 * `$ref` into components, `allOf`/`anyOf`/`oneOf`, patterns, formats, bounds). "Valid-looking":
 * the schema holds, cross-field rules and references to stored records may not.
 */
import fc from 'fast-check';

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  allOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  multipleOf?: number;
}

/** Values worth trying for a property of this name: ids of stored records, party codes, small counts. */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

export interface SchemaContext {
  schemas: Record<string, JsonSchema>;
  hints: Hints;
}

const MAX_DEPTH = 7;

export function resolveRef(ctx: SchemaContext, s: JsonSchema): JsonSchema {
  let cur = s;
  for (let i = 0; cur.$ref && i < 20; i++) {
    const name = cur.$ref.replace('#/components/schemas/', '');
    const next = ctx.schemas[name];
    if (!next) throw new Error(`unresolved $ref ${cur.$ref}`);
    cur = { ...next, ...(cur.nullable ? { nullable: true } : {}) };
  }
  return cur;
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  if (s.pattern) {
    try {
      const re = new RegExp(s.pattern);
      const lenOk = (v: string) =>
        v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Number.POSITIVE_INFINITY);
      return fc.stringMatching(re).filter(lenOk);
    } catch {
      // a pattern JavaScript cannot compile falls through to the plain string
    }
  }
  switch (s.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.constantFrom('someone@example.org', 'x.y@test.invalid', 'gb@test.invalid');
    case 'date-time':
      return fc
        .date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl();
  }
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? min + 40, min + 40);
  return fc.string({ minLength: min, maxLength: Math.max(min, max), unit: 'grapheme' });
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = typeof s.minimum === 'number' ? s.minimum : -1e6;
  const hi = typeof s.maximum === 'number' ? s.maximum : 1e6;
  const exLo = s.exclusiveMinimum === true || typeof s.exclusiveMinimum === 'number';
  const exHi = s.exclusiveMaximum === true || typeof s.exclusiveMaximum === 'number';
  const min = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : lo;
  const max = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : hi;
  if (integer) {
    const a = Math.max(Math.ceil(min + (exLo ? 1 : 0)), Number.MIN_SAFE_INTEGER);
    const b = Math.min(Math.floor(max - (exHi ? 1 : 0)), Number.MAX_SAFE_INTEGER);
    // small values are the common case; the bounds themselves are where bugs live
    return fc.oneof(
      fc.integer({ min: a, max: Math.max(a, Math.min(b, a + 100)) }),
      fc.constantFrom(a, Math.max(a, b)),
      fc.integer({ min: a, max: Math.max(a, b) }),
    );
  }
  return fc.double({
    min,
    max: Math.max(min, max),
    minExcluded: exLo,
    maxExcluded: exHi,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/** An arbitrary of values that satisfy `schema` (structurally). */
export function schemaArb(
  ctx: SchemaContext,
  schema: JsonSchema,
  depth = 0,
  name?: string,
): fc.Arbitrary<unknown> {
  const hint = name !== undefined ? ctx.hints[name] : undefined;
  const base = schemaArbInner(ctx, schema, depth);
  return hint ? fc.oneof({ arbitrary: hint, weight: 3 }, { arbitrary: base, weight: 1 }) : base;
}

function schemaArbInner(ctx: SchemaContext, raw: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const s = resolveRef(ctx, raw);
  const nullable = s.nullable === true;
  const withNull = (a: fc.Arbitrary<unknown>) =>
    nullable ? fc.oneof({ arbitrary: a, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : a;
  if (s.const !== undefined) return withNull(fc.constant(s.const));
  if (s.enum) return withNull(fc.constantFrom(...s.enum));
  if (s.allOf?.length) {
    // zod emits allOf with one member (a default around a $ref); merge the objects otherwise
    if (s.allOf.length === 1 && s.allOf[0]) return withNull(schemaArbInner(ctx, s.allOf[0], depth));
    const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
    for (const part of s.allOf) {
      const p = resolveRef(ctx, part);
      Object.assign(merged.properties as object, p.properties ?? {});
      merged.required = [...(merged.required ?? []), ...(p.required ?? [])];
    }
    return withNull(schemaArbInner(ctx, merged, depth));
  }
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) return withNull(fc.oneof(...alts.map((a) => schemaArbInner(ctx, a, depth + 1))));
  const type = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (type.length > 1)
    return withNull(fc.oneof(...type.map((t) => schemaArbInner(ctx, { ...s, type: t }, depth))));
  switch (type[0] ?? (s.properties ? 'object' : undefined)) {
    case 'string':
      return withNull(stringArb(s));
    case 'integer':
      return withNull(numberArb(s, true));
    case 'number':
      return withNull(numberArb(s, false));
    case 'boolean':
      return withNull(fc.boolean());
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = s.minItems ?? 0;
      if (depth >= MAX_DEPTH) return withNull(fc.constant([]));
      const items = s.items ? schemaArb(ctx, s.items, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      return withNull(
        fc.array(items, { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 3, min + 3)) }),
      );
    }
    case 'object': {
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      if (depth >= MAX_DEPTH && required.size === 0) return withNull(fc.constant({}));
      const shape: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) shape[k] = schemaArb(ctx, v, depth + 1, k);
      const rec = fc.record(shape, { requiredKeys: [...required].filter((k) => k in shape) });
      const extra = s.additionalProperties;
      if (extra && typeof extra === 'object' && Object.keys(props).length === 0) {
        return withNull(
          fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), schemaArb(ctx, extra, depth + 1), {
            maxKeys: 3,
          }),
        );
      }
      return withNull(rec);
    }
  }
  // no type: anything JSON
  return withNull(fc.jsonValue({ maxDepth: 2 }));
}
