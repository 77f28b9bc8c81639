// Generated forms: each field mostly valid, otherwise missing, hostile, repeated or a file; fields the
// form does not have; placeholders for values only known at run time; the FormData that is posted.
import fc from "fast-check";
import { hostileString, mixed } from "./hostile-input";

/** What a form field can hold: a string, a file, several values (repeated field) or nothing. */
export type FieldValue = string | File | (string | File)[] | undefined;

const fileValue: fc.Arbitrary<File> = fc
  .tuple(
    fc.constantFrom("a.txt", "<script>.html", "", "../../x", "\u202Etxt.exe"),
    fc.constantFrom("text/plain", "application/octet-stream", "text/html", ""),
    hostileString,
  )
  .map(([name, type, content]) => new File([content.slice(0, 64)], name, { type }));

/** One field: mostly `valid` (weight out of ~10), otherwise missing, hostile, repeated or a file. */
export function field(valid: fc.Arbitrary<string>, validWeight = 6): fc.Arbitrary<FieldValue> {
  return fc.oneof(
    { weight: validWeight, arbitrary: valid },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: mixed(valid) },
    { weight: 1, arbitrary: fc.array(fc.oneof(valid, hostileString, fileValue), { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: fileValue },
  );
}

const extraKey = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "$ACTION_ID_0123456789abcdef",
    "$ACTION_REF_1",
    "1_$ACTION_KEY",
    "",
    "id",
    "userId",
    "role",
    "emailVerifiedAt",
    "nameLockedAt",
    "passwordHash",
    "q_",
    "locale[]",
    "a".repeat(10_000),
  ),
  fc.string({ maxLength: 12 }),
);

/** Fields the form does not have: prototype names, Next's own $ACTION_ fields, column names… */
export const extraFields: fc.Arbitrary<[string, FieldValue][]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<[string, FieldValue][]>([]) },
  {
    weight: 2,
    arbitrary: fc.array(
      fc.tuple(extraKey, fc.oneof(hostileString, fc.array(hostileString, { minLength: 2, maxLength: 2 }))),
      { minLength: 1, maxLength: 3 },
    ),
  },
);

export type FormSpec = Record<string, FieldValue>;

export interface GeneratedForm {
  fields: FormSpec;
  extras: [string, FieldValue][];
}

export function formArb(fields: Record<string, fc.Arbitrary<FieldValue>>): fc.Arbitrary<GeneratedForm> {
  return fc.record({ fields: fc.record(fields), extras: extraFields });
}

// Placeholders stand for values only known at run time (a fresh valid token, the current password…);
// they may be embedded in hostile strings, which then tamper with the valid value.
export type Resolvers = Record<string, () => string | Promise<string>>;

async function resolveString(value: string, resolvers: Resolvers): Promise<string> {
  let out = value;
  for (const [name, resolve] of Object.entries(resolvers)) {
    if (out.includes(name)) out = out.split(name).join(await resolve());
  }
  return out;
}

export async function toFormData(form: GeneratedForm, resolvers: Resolvers = {}): Promise<FormData> {
  const data = new FormData();
  const add = async (key: string, value: FieldValue) => {
    if (value === undefined) return;
    for (const v of Array.isArray(value) ? value : [value])
      data.append(key, typeof v === "string" ? await resolveString(v, resolvers) : v);
  };
  for (const [key, value] of Object.entries(form.fields)) await add(key, value);
  for (const [key, value] of form.extras) await add(key, value);
  return data;
}

/** The submitted value of a field as a string (first value), or undefined. */
export function first(data: FormData, key: string): string | undefined {
  const v = data.get(key);
  return typeof v === "string" ? v : undefined;
}

export const LOCALE = field(fc.constantFrom("fr", "en"), 8);
export const CHECKBOX = field(fc.constant("on"), 7);
