import { describe, expect, it } from "vitest";
import { MdxSyntaxError, compileMdx, compileMdxWithHeadings } from "@/lib/content/compile-mdx";
import { quizSectionProblems } from "@/lib/content/lesson";
import { readCourse } from "@/lib/content/load";

const UNCLOSED = '# Titre\n\nUn paragraphe.\n\n<Callout kind="info">\n\nJamais fermé.\n';

async function failure(source: string, file: string): Promise<Error> {
  const error = await compileMdx(source, file).then(
    () => null,
    (e: unknown) => e as Error,
  );
  expect(error).toBeInstanceOf(MdxSyntaxError);
  return error as Error;
}

describe("compileMdx", () => {
  it("compiles valid MDX, components included, to a function body", async () => {
    const code = await compileMdx('# Bonjour\n\n<Callout kind="info">\n\nÀ **retenir**.\n\n</Callout>\n', "ok.mdx");
    expect(typeof code).toBe("string");
    expect(code).toContain("Bonjour");
    expect(code).toContain("Callout");
  });

  it("returns the same result for the same source", async () => {
    const source = "Texte *simple* pour le cache.";
    expect(await compileMdx(source, "a.mdx")).toBe(await compileMdx(source, "b.mdx"));
  });

  it("throws an MdxSyntaxError naming the file and a :line position for an unclosed tag", async () => {
    const error = await failure(UNCLOSED, "content/modules/x/fr.mdx");
    expect(error.message).toContain("content/modules/x/fr.mdx");
    expect(error.message).toMatch(/fr\.mdx:\d+/);
  });

  it("points at the line of a mismatched closing tag", async () => {
    const error = await failure('# T\n\ntexte\n\n<Callout kind="info">x</Autre>\n', "en.mdx");
    expect(error.message).toMatch(/^en\.mdx:5:\d+: /);
  });

  it("points at the line of an unclosed expression", async () => {
    const error = await failure("# T\n\ntexte {oups\n\nsuite\n", "en.mdx");
    expect(error.message).toMatch(/^en\.mdx:3:\d+: /);
  });

  it("names the real line (5) of an unclosed tag, not line 0", async () => {
    const error = await failure(UNCLOSED, "fr.mdx");
    expect(error.message).toMatch(/^fr\.mdx:5\b/);
  });

  it("compiles every French and English unit text of the real course", async () => {
    const units = readCourse().course.modules.flatMap((m) => m.units);
    for (const unit of units) {
      for (const lang of ["fr", "en"] as const) await expect(compileMdx(unit.mdx[lang], `${unit.id}/${lang}.mdx`)).resolves.toContain("function");
    }
  });

  it("gives every heading an id (rehype-slug) and lists them in order with their level and text", async () => {
    const { code, headings } = await compileMdxWithHeadings("## Ce que dit la loi\n\nTexte.\n\n### D'où vient la **menace** ?\n\n## Ce que dit la loi\n", "h.mdx");
    expect(headings).toEqual([
      { id: "ce-que-dit-la-loi", depth: 2, text: "Ce que dit la loi" },
      { id: "doù-vient-la-menace-", depth: 3, text: "D'où vient la menace ?" },
      { id: "ce-que-dit-la-loi-1", depth: 2, text: "Ce que dit la loi" },
    ]);
    expect(code).toContain('"ce-que-dit-la-loi"');
  });

  it("points every quiz question of the real course at a heading of its lesson, in both languages", async () => {
    for (const unit of readCourse().course.modules.flatMap((m) => m.units)) {
      const ids = async (lang: "fr" | "en") => (await compileMdxWithHeadings(unit.mdx[lang], `${unit.id}/${lang}.mdx`)).headings.map((h) => h.id);
      expect(quizSectionProblems(unit.quiz, { fr: await ids("fr"), en: await ids("en") }), unit.id).toEqual([]);
    }
  });

  it("does not cache a failure: the same broken source fails again", async () => {
    await failure("<Oops>\n", "a.mdx");
    await failure("<Oops>\n", "a.mdx");
  });
});
