import { describe, expect, it } from "vitest";
import { PASSWORD_MAX_LENGTH, checkPassword, commonWordCount, passwordLength } from "@/lib/auth/password-policy";

describe("checkPassword: length", () => {
  it("refuses 11 characters and accepts 12", () => {
    expect(checkPassword("kx7-pl9-Qz2")).toBe("passwordTooShort");
    expect(checkPassword("kx7-pl9-Qz2w")).toBeNull();
  });

  it.each([64, 128, PASSWORD_MAX_LENGTH])("accepts %i characters", (n) => {
    expect(checkPassword("Tq8!mZ".repeat(50).slice(0, n))).toBeNull();
  });

  it("refuses 300 characters as too long", () => {
    expect(checkPassword("Tq8!mZ".repeat(50))).toBe("passwordTooLong");
    expect(checkPassword("Tq8!mZ".repeat(50).slice(0, PASSWORD_MAX_LENGTH + 1))).toBe("passwordTooLong");
  });

  it("refuses a megabyte password at once, without segmenting it (found by the fuzz tests: it exhausted the heap)", () => {
    const started = performance.now();
    expect(checkPassword("a".repeat(1024 * 1024))).toBe("passwordTooLong");
    expect(checkPassword("€".repeat(40_000))).toBe("passwordTooLong");
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("counts user-perceived characters, so accents and emoji count as one", () => {
    expect(passwordLength("é")).toBe(1);
    expect(passwordLength("e\u0301")).toBe(1);
    expect(passwordLength("☃️")).toBe(1);
    expect(passwordLength("👩‍👩‍👧‍👦")).toBe(1);
    // 11 graphemes written with 22 UTF-16 units is still too short.
    expect(checkPassword("e\u0301".repeat(11))).toBe("passwordTooShort");
    expect(checkPassword("🐱🐶🐭🐹🐰🦊🐻🐼🐨🐯🦁")).toBe("passwordTooShort");
    expect(checkPassword("🐱🐶🐭🐹🐰🦊🐻🐼🐨🐯🦁🐮")).toBeNull();
  });

  it.each(["correct cheval batterie agrafe ☃️", "Zoë aime les œufs brouillés", "月が綺麗ですね、本当に綺麗"])(
    "accepts the Unicode passphrase %j",
    (p) => {
      expect(checkPassword(p)).toBeNull();
    },
  );
});

describe("checkPassword: common passwords", () => {
  it.each(["123qweasdzxc", "1qaz2wsx3edc", "1QAZ2WSX3EDC"])("refuses %j", (p) => {
    expect(checkPassword(p)).toBe("passwordCommon");
  });
});

describe("checkPassword: built from context", () => {
  it.each(["vigie2026vigie", "VIGIE-2026-VIGIE", "vigipirate2026", "fairefaceensemble!"])(
    "refuses %j, made of the platform name",
    (p) => {
      expect(checkPassword(p)).toBe("passwordContext");
    },
  );

  it("refuses a password made of the username", () => {
    expect(checkPassword("jeanmartin2026!", { username: "jeanmartin" })).toBe("passwordContext");
    expect(checkPassword("JeanMartin_1984", { username: "jeanmartin" })).toBe("passwordContext");
  });

  it("refuses a password made of the email's local part or its pieces", () => {
    const email = "jean.martin@example.fr";
    expect(checkPassword("jean.martin.2026", { email })).toBe("passwordContext");
    expect(checkPassword("martin-martin-75", { email })).toBe("passwordContext");
  });

  it("accepts the same password when it has nothing to do with the account", () => {
    expect(checkPassword("jeanmartin2026!Kq7xw", { username: "camille", email: "camille@example.fr" })).toBeNull();
  });

  it("accepts a strong passphrase that contains the username among plenty of other material", () => {
    expect(
      checkPassword("jeanmartin escalade la dune du Pilat", {
        username: "jeanmartin",
        email: "jean.martin@example.fr",
      }),
    ).toBeNull();
    expect(checkPassword("ma vigie du soir sur la colline", {})).toBeNull();
  });

  it("ignores context words shorter than 4 characters", () => {
    expect(checkPassword("bob2026bob2026!Kq7xw", { username: "bob" })).toBeNull();
  });

  it("counts non-ASCII letters as other material, so a Cyrillic passphrase mentioning vigie is accepted", () => {
    expect(checkPassword("vigie пароль очень длинный")).toBeNull();
  });
});

describe("checkPassword: French words", () => {
  it.each(["motdepasse123", "MotDePasse2024!", "soleil2024!!!", "Bonjour1234567", "jetaime123456", "mot de passe 12"])(
    "refuses %j, a few common French words with digits",
    (p) => {
      expect(checkPassword(p)).toBe("passwordCommon");
    },
  );

  it.each(["une phrase de passe pour les tests", "Zoë aime les œufs brouillés", "kx7-pl9-Qz2w"])("accepts %j", (p) => {
    expect(checkPassword(p)).toBeNull();
  });

  it("counts the fewest words, accents folded", () => {
    expect(commonWordCount("motdepasse")).toBeLessThanOrEqual(3);
    expect(commonWordCount("Été2024")).toBe(1);
    expect(commonWordCount("12345")).toBe(Infinity);
    expect(commonWordCount("xqzvkw")).toBe(Infinity);
  });

  it("stays fast on the longest password", () => {
    const started = performance.now();
    checkPassword("é".repeat(256));
    checkPassword("ab1".repeat(85));
    expect(performance.now() - started).toBeLessThan(200);
  });
});
