import { z } from "zod";
import { describe, expect, it } from "vitest";
import { formValues } from "@/lib/action-result";
import { parseForm } from "@/lib/actions/parse-form";

function form(entries: [string, string][]): FormData {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

const schema = z.object({
  email: z.email("emailInvalid"),
  name: z.string().min(2, "nameTooShort"),
  age: z.coerce.number().int().min(15, "tooYoung"),
  password: z.string().min(12, "passwordTooShort"),
  tags: z.array(z.string()).optional(),
});

describe("parseForm", () => {
  it("returns the parsed data when the form is valid", () => {
    const result = parseForm(
      schema,
      form([
        ["email", "a@b.fr"],
        ["name", "Zoë"],
        ["age", "30"],
        ["password", "long enough password"],
      ]),
    );
    expect(result).toEqual({
      ok: true,
      data: { email: "a@b.fr", name: "Zoë", age: 30, password: "long enough password" },
    });
  });

  it("collects the errors of every field, not just the first", () => {
    const result = parseForm(
      schema,
      form([
        ["email", "nope"],
        ["name", "Z"],
        ["age", "9"],
        ["password", "short"],
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      email: ["emailInvalid"],
      name: ["nameTooShort"],
      age: ["tooYoung"],
      password: ["passwordTooShort"],
    });
  });

  it("collects several errors on the same field", () => {
    const strict = z.object({ code: z.string().min(6, "tooShort").regex(/^\d+$/, "digitsOnly") });
    const result = parseForm(strict, form([["code", "ab"]]));
    expect(!result.ok && result.fieldErrors.code).toEqual(["tooShort", "digitsOnly"]);
  });

  it("puts errors that belong to no field under _form", () => {
    const refined = z.object({ a: z.string(), b: z.string() }).refine((v) => v.a === v.b, "mismatch");
    const result = parseForm(
      refined,
      form([
        ["a", "1"],
        ["b", "2"],
      ]),
    );
    expect(!result.ok && result.fieldErrors._form).toEqual(["mismatch"]);
  });

  it("turns a repeated field into an array and ignores React's $ fields", () => {
    const result = parseForm(
      z.strictObject({ tags: z.array(z.string()) }),
      form([
        ["tags", "x"],
        ["tags", "y"],
        ["$ACTION_ID_abc", "1"],
      ]),
    );
    expect(result).toEqual({ ok: true, data: { tags: ["x", "y"] } });
  });

  it("gives back the non-secret values, never passwords or tokens", () => {
    const result = parseForm(
      schema,
      form([
        ["email", "nope"],
        ["name", "Zoë"],
        ["password", "hunter2"],
        ["newPassword", "x"],
        ["token", "abc"],
        ["resetToken", "def"],
      ]),
    );
    expect(!result.ok && result.values).toEqual({ email: "nope", name: "Zoë" });
  });
});

describe("formValues", () => {
  it("drops every field whose name contains password or token, whatever the case", () => {
    const values = formValues(
      form([
        ["username", "jean"],
        ["password", "a"],
        ["currentPassword", "b"],
        ["PASSWORD_CONFIRM", "c"],
        ["token", "d"],
        ["csrfToken", "e"],
        ["proof", "f"],
        ["$ACTION_KEY", "g"],
      ]),
    );
    expect(values).toEqual({ username: "jean" });
  });

  it("drops files", () => {
    const f = form([["name", "Zoë"]]);
    f.append("avatar", new Blob(["x"]), "a.png");
    expect(formValues(f)).toEqual({ name: "Zoë" });
  });
});
