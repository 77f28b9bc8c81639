import { describe, expect, it } from "vitest";
import { toPublicQuiz } from "@/lib/quiz/public-quiz";
import { orderQuiz } from "@/lib/quiz/shuffle";
import { sampleQuiz } from "../fixtures/quiz";

const quiz = sampleQuiz();

describe("toPublicQuiz", () => {
  it("never carries a correct answer or an explanation, in any locale or order", () => {
    for (const locale of ["fr", "en"]) {
      for (let seed = 0; seed < 20; seed++) {
        const json = JSON.stringify(toPublicQuiz(quiz, orderQuiz(quiz, seed), locale));
        expect(json).not.toMatch(/"correct"/);
        expect(json).not.toMatch(/"explanation"/);
        expect(json).not.toMatch(/Explication|Explanation/);
      }
    }
  });

  it("follows the given order of questions and choices", () => {
    const order = orderQuiz(quiz, 7);
    const out = toPublicQuiz(quiz, order, "fr");
    expect(out.map((q) => q.id)).toEqual(order.map((o) => o.questionId));
    expect(out.map((q) => q.choices.map((c) => c.id))).toEqual(order.map((o) => o.choiceIds));
  });

  it("localises prompts and choices in French and English", () => {
    const order = [{ questionId: "m1-u1-q3", choiceIds: ["true", "false"] }];
    expect(toPublicQuiz(quiz, order, "fr")).toEqual([
      {
        id: "m1-u1-q3",
        kind: "truefalse",
        prompt: "Question 3 ?",
        choices: [
          { id: "true", text: "Vrai" },
          { id: "false", text: "Faux" },
        ],
      },
    ]);
    expect(toPublicQuiz(quiz, order, "en")[0]).toMatchObject({
      prompt: "Question 3?",
      choices: [{ text: "True" }, { text: "False" }],
    });
  });

  it("falls back to French for an unknown locale", () => {
    expect(toPublicQuiz(quiz, [{ questionId: "m1-u1-q1", choiceIds: ["a"] }], "de")[0]?.prompt).toBe("Question 1 ?");
  });

  it("drops question and choice ids that are not in the quiz", () => {
    const out = toPublicQuiz(
      quiz,
      [
        { questionId: "m1-u1-q1", choiceIds: ["a", "zz"] },
        { questionId: "nope", choiceIds: ["a"] },
      ],
      "en",
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.choices.map((c) => c.id)).toEqual(["a"]);
  });
});
