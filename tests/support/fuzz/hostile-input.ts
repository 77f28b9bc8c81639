// Hostile values: injection payloads, Unicode edge cases, odd scalars, id-like strings, huge strings,
// and the arbitraries that mix them into valid values.
import fc from "fast-check";

export const ONE_MB = 1024 * 1024;

export const SQL_INJECTION = [
  "' OR '1'='1",
  "' OR 1=1 --",
  "admin'--",
  "'; DROP TABLE users; --",
  '"; DELETE FROM user_sessions; --',
  "1' UNION SELECT password_hash FROM users --",
  "'); SELECT pg_sleep(5); --",
  "\\'; TRUNCATE rate_limit_buckets; --",
  "$$; DROP TABLE users; $$",
  "' || (SELECT current_user) || '",
  "%' AND 1=1 AND '%'='",
];

export const HTML_INJECTION = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "</textarea><script>alert(document.cookie)</script>",
  "javascript:alert(1)",
  '<a href="javascript:alert(1)">x</a>',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<!--",
  "]]><![CDATA[",
  "{{constructor.constructor('alert(1)')()}}",
  "${7*7}",
  '<iframe srcdoc="<script>alert(1)</script>">',
];

export const UNICODE_EDGES = [
  "\uD800", // lone high surrogate
  "\uDC00abc", // lone low surrogate
  "abc\uD83D", // cut emoji
  "\u202Egnp.exe", // right-to-left override
  "\u2066\u2067\u2068\u2069", // isolates
  "a\u200Bb\u200C\u200D\uFEFF", // zero-width
  "\u0000",
  "nul\u0000inside",
  "e\u0301\u0301\u0301\u0301\u0301", // stacked combining marks
  "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A\u035B\u035C\u035D\u035E\u035F\u0360\u0361",
  "👩‍👩‍👧‍👦🏳️‍🌈🇫🇷",
  "\u00A0\u2028\u2029\u0085",
  "\r\n\t\v\f",
  "Ǆǅǆ İı ß ﬁ",
  "\uFFFD\uFFFE\uFFFF",
  "ﷺ\u0600\u061C",
  "\u{10FFFF}\u{E0001}",
  "Œlschläger-N'Diaye",
];

export const WEIRD_SCALARS = [
  "",
  " ",
  "   \t\n ",
  "null",
  "undefined",
  "true",
  "false",
  "0",
  "-1",
  "1e309",
  "NaN",
  "Infinity",
  "[]",
  "{}",
  "[object Object]",
  "__proto__",
  "on",
  "off",
  "fr",
  "en",
  "de",
  "FR",
];

export const ID_LIKE = fc.oneof(
  fc.uuid(),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `{${u}}`),
  fc.uuid().map((u) => u.replace(/-/g, "")),
  fc.uuid().map((u) => `${u}x`),
  fc.constantFrom(
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "1",
    "-1",
    "999999999999999999999",
    "0x1f",
    "m1-u1",
    "../../etc/passwd",
    "%00",
  ),
  fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 60 }),
);

// Built once: generating megabyte strings run after run would dominate the time budget.
const BIG_STRINGS = [
  "a".repeat(ONE_MB),
  "é".repeat(ONE_MB / 2),
  "<script>".repeat(ONE_MB / 8),
  "'".repeat(ONE_MB),
  "\u0301".repeat(ONE_MB / 2),
  `${"x".repeat(ONE_MB - 1)}\u0000`,
];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SQL_INJECTION, ...HTML_INJECTION) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 2, arbitrary: fc.constantFrom(...WEIRD_SCALARS) },
  { weight: 1, arbitrary: fc.constantFrom(...BIG_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: ID_LIKE },
);

/** A valid value, a hostile one, or a valid one with a hostile prefix or suffix. */
export function mixed(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 2, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.tuple(valid, hostileString).map(([a, b]) => a + b) },
    { weight: 1, arbitrary: fc.tuple(hostileString, valid).map(([a, b]) => a + b) },
  );
}
