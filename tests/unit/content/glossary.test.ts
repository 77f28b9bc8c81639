import { describe, expect, it } from "vitest";
import { glossaryEntryIds, missingGlossaryIds } from "@/lib/content/glossary";

const glossary = `Intro.

## Acronyms

<h3 id="dos">DOS: directeur des opérations de secours</h3>

Text.

<h3 id="orsec">ORSEC</h3>
`;

describe("glossary links", () => {
  it("lists the entry ids of the glossary", () => {
    expect(glossaryEntryIds(glossary)).toEqual(["dos", "orsec"]);
  });

  it("reports an abbreviation that points at no entry, once", () => {
    const lesson =
      'The mayor (<Abbr id="dos" title="director of rescue operations">DOS</Abbr>), the <Abbr id="cos" title="x">COS</Abbr> and again <Abbr id="cos" title="x">COS</Abbr>.';
    expect(missingGlossaryIds(lesson, glossaryEntryIds(glossary))).toEqual(["cos"]);
  });

  it("accepts a lesson whose abbreviations all have an entry", () => {
    expect(missingGlossaryIds('<Abbr id="orsec" title="t">ORSEC</Abbr>', ["dos", "orsec"])).toEqual([]);
  });
});
