/**
 * Hostile input: injection strings, odd Unicode, huge and deeply nested values, wrong types, and
 * the mutations that plant them in an otherwise valid-looking body.
 */
import fc from 'fast-check';

export const SQL_INJECTION = [
  "'; DROP TABLE commitment; --",
  "' OR 1=1 --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)--',
  "') UNION SELECT password_hash FROM app_user --",
  '$1',
  '%',
  '_',
  '\\',
];
export const SCRIPT_INJECTION = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  '<svg/onload=alert(1)>',
  ']]><script>alert(1)</script>',
];
/** Markers of script injection that must never come back inside an HTML or XML document. */
export const SCRIPT_MARKERS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
];

export const ODD_UNICODE = [
  '\uD800', // lone high surrogate
  'a\uDC00b', // lone low surrogate
  '\u202Eevil\u202C', // right-to-left override
  '\u200F\u200E', // RTL and LTR marks
  'zero\u200Bwidth\u200D\uFEFF',
  'nul\u0000byte',
  '\u0001\u0007\u001B[31m',
  '🇺🇦🛡️👩🏽‍🚀',
  'e\u0301\u0302\u0303\u0304\u0305\u0306\u0307',
  'Z̴̡̛̖̙̈́͐a̷͉͑l̵̝̄g̸̳̏o̶̰͛',
  'ß'.repeat(5),
  'İstanbul',
  '\uFFFF\uFFFE',
  '\u2028\u2029',
  'Київ — «гарантії»',
];

export const HOSTILE_STRINGS = [
  ...SQL_INJECTION,
  ...SCRIPT_INJECTION,
  ...ODD_UNICODE,
  '',
  ' ',
  '\t\n',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '%00',
  '%ZZ',
  'a'.repeat(201),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...SQL_INJECTION, ...SCRIPT_INJECTION), fc.constantFrom(...ODD_UNICODE))
      .map(([a, b]) => a + b),
    weight: 1,
  },
);

/** Sizes around the limits: field limits (200…20 000 characters), the 1 MB body limit and beyond it. */
export const HUGE_SIZES = [301, 4_001, 20_001, 200_001, 999_000, 1_000_001, 1_500_000];
export const hugeString = fc
  .tuple(fc.constantFrom(...HUGE_SIZES), fc.constantFrom('x', 'я', '🛡', "'", '<'))
  .map(([n, c]) => c.repeat(Math.ceil(n / c.length)));

export const deepValue = fc.tuple(fc.constantFrom(20, 200, 1_000), fc.boolean()).map(([depth, arrays]) => {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = arrays ? [v] : { a: v };
  return v;
});

const EDGE_NUMBERS = [0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, 5e-324, 0.1 + 0.2];

export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, '', [], {}, 'string', [null], { '': '' }),
  fc.constantFrom(...EDGE_NUMBERS),
  hostileString,
);

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown }
  | { kind: 'blowArray'; at: number; n: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: wrongValue }),
    weight: 5,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileString }),
    weight: 5,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hugeString }),
    weight: 1,
  },
  {
    arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: deepValue }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 3 },
  {
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      at: fc.nat(),
      key: fc.constantFrom(
        'extra',
        'isAdmin',
        'role',
        '$where',
        'constructor',
        'id',
        'version',
        'createdBy',
        '',
      ),
      value: wrongValue,
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('blowArray' as const),
      at: fc.nat(),
      n: fc.constantFrom(21, 201, 5_001, 25_000),
    }),
    weight: 1,
  },
);

type Container = Record<string, unknown> | unknown[];
interface Slot {
  parent: Container | null;
  key: string | number | null;
  value: unknown;
}

function slots(root: unknown): Slot[] {
  const out: Slot[] = [{ parent: null, key: null, value: root }];
  const walk = (v: unknown, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out.push({ parent: v, key: i, value: x });
        walk(x, depth + 1);
      });
    else
      for (const [k, x] of Object.entries(v)) {
        out.push({ parent: v as Record<string, unknown>, key: k, value: x });
        walk(x, depth + 1);
      }
  };
  walk(root, 0);
  return out;
}

const clone = (v: unknown): unknown => (v === undefined ? undefined : structuredClone(v));

/** Applies mutations to a copy of `value`; `at` picks a node (modulo the node count). */
export function applyMutations(value: unknown, ms: Mutation[]): unknown {
  let root = clone(value);
  // one blow-up at most, and last: its copies share one item, so later edits would multiply
  const blow = ms.find((m) => m.kind === 'blowArray');
  for (const m of [...ms.filter((x) => x.kind !== 'blowArray'), ...(blow ? [blow] : [])]) {
    const all = slots(root);
    const slot = all[m.at % all.length];
    if (!slot) continue;
    const set = (v: unknown) => {
      if (slot.parent === null) root = v;
      else if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = v;
      else slot.parent[slot.key as string] = v;
    };
    switch (m.kind) {
      // values are cloned in: fc.constantFrom hands out the same object every time
      case 'replace':
        set(clone(m.value));
        break;
      case 'delete':
        if (slot.parent === null) root = undefined;
        else if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else delete slot.parent[slot.key as string];
        break;
      case 'extra': {
        const target =
          slot.value !== null && typeof slot.value === 'object' && !Array.isArray(slot.value)
            ? slot.value
            : root;
        if (target !== null && typeof target === 'object' && !Array.isArray(target))
          (target as Record<string, unknown>)[m.key] = clone(m.value);
        break;
      }
      case 'blowArray': {
        const item = Array.isArray(slot.value) ? slot.value[0] : slot.value;
        // past 2 MB the body limit answers anyway; building more only slows the fuzzer
        const n = Math.min(m.n, Math.ceil(2_000_000 / ((JSON.stringify(item) ?? '').length + 1)));
        set(Array.from({ length: n }, () => item));
        break;
      }
    }
  }
  return root;
}

/** Bodies that are not the JSON they claim to be, or not JSON at all. */
export const MALFORMED_BODIES = [
  '{',
  '{"a":}',
  "{'single':'quotes'}",
  '{"a":1,}',
  '[1,2',
  '\uFEFF{}',
  'NaN',
  '1e999999',
  '{"a":1}{"b":2}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '"just a string"',
  '[]',
  'null',
  'true',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
  `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`,
  '<?xml version="1.0"?><a/>',
  'a=1&b=2',
  '',
];

export const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'text/csv',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json;;;',
  'application/vnd.api+json',
  'image/png',
  '*/*',
  'garbage',
];
