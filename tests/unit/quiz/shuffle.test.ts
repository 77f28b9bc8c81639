import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderQuiz } from "@/lib/quiz/shuffle";
import { sampleQuiz, singleChoiceQuiz } from "../fixtures/quiz";

const quiz = sampleQuiz();
const seed = fc.integer({ min: 0, max: 0xffffffff });
const sorted = (xs: string[]) => [...xs].sort();

describe("orderQuiz", () => {
  it("gives the same order for the same seed", () => {
    fc.assert(
      fc.property(seed, (s) => {
        expect(orderQuiz(quiz, s)).toEqual(orderQuiz(quiz, s));
      }),
    );
  });

  it("orders a permutation of the question ids and of each question's choice ids", () => {
    fc.assert(
      fc.property(seed, (s) => {
        const order = orderQuiz(quiz, s);
        expect(sorted(order.map((o) => o.questionId))).toEqual(sorted(quiz.questions.map((q) => q.id)));
        for (const { questionId, choiceIds } of order) {
          const q = quiz.questions.find((x) => x.id === questionId);
          expect(sorted(choiceIds)).toEqual(sorted(q?.choices.map((c) => c.id) ?? []));
        }
      }),
    );
  });

  it('keeps "true" before "false" in true/false questions', () => {
    fc.assert(
      fc.property(seed, (s) => {
        for (const o of orderQuiz(quiz, s))
          if (o.questionId.endsWith("q3") || o.questionId.endsWith("q6"))
            expect(o.choiceIds).toEqual(["true", "false"]);
      }),
    );
  });

  it("usually gives different orders for different seeds", () => {
    const big = singleChoiceQuiz(10);
    const orders = new Set(Array.from({ length: 50 }, (_, s) => JSON.stringify(orderQuiz(big, s))));
    expect(orders.size).toBeGreaterThan(45);
    fc.assert(
      fc.property(fc.uniqueArray(seed, { minLength: 5, maxLength: 5 }), (seeds) => {
        const distinct = new Set(seeds.map((s) => JSON.stringify(orderQuiz(big, s))));
        expect(distinct.size).toBeGreaterThan(1);
      }),
    );
  });

  it("does not change the quiz it orders", () => {
    const copy = structuredClone(quiz);
    orderQuiz(quiz, 42);
    expect(quiz).toEqual(copy);
  });

  it("keeps the drawn questions in their drawn order, shuffling only their choices", () => {
    const drawn = ["m1-u1-q5", "m1-u1-q1", "m1-u1-q3"];
    fc.assert(
      fc.property(seed, (s) => {
        const order = orderQuiz(quiz, s, [...drawn, "m9-u9-q9"]);
        expect(order.map((o) => o.questionId)).toEqual(drawn);
        expect(sorted(order[0]!.choiceIds)).toEqual(["a", "b", "c", "d"]);
      }),
    );
  });
});
