import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Quiz } from "@/lib/content/schemas";
import { attemptSize, drawQuestionIds, objectiveGroups } from "@/lib/quiz/draw";
import { seededRandom } from "@/lib/quiz/shuffle";
import { pooledQuiz, sampleQuiz } from "../fixtures/quiz";

const seed = fc.integer({ min: 0, max: 0xffffffff });

/** A bank: 2–5 objectives of 1–8 questions each, and how many one attempt draws. */
const bank = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 5 }),
    perAttempt: fc.integer({ min: 5, max: 10 }),
  })
  .map(({ sizes, perAttempt }) => pooledQuiz(sizes, perAttempt));

/** A bank where every objective has enough questions for a balanced draw (at least ⌈n / k⌉). */
const balancedBank = fc
  .record({
    k: fc.integer({ min: 2, max: 4 }),
    perAttempt: fc.integer({ min: 5, max: 10 }),
    extra: fc.array(fc.nat(5), { minLength: 4, maxLength: 4 }),
  })
  .map(({ k, perAttempt, extra }) => {
    const need = Math.ceil(perAttempt / k);
    return pooledQuiz(
      Array.from({ length: k }, (_, i) => need + (extra[i] ?? 0)),
      perAttempt,
    );
  });

function perObjective(quiz: Quiz, ids: string[]): number[] {
  return objectiveGroups(quiz).map((g) => g.filter((id) => ids.includes(id)).length);
}

/** Some earlier attempts: subsets of the bank, most recent first. */
const previousOf = (quiz: Quiz) => fc.array(fc.subarray(quiz.questions.map((q) => q.id)), { maxLength: 3 });

describe("drawQuestionIds", () => {
  it("draws perAttempt distinct questions of the bank", () => {
    fc.assert(
      fc.property(
        bank.chain((quiz) => fc.tuple(fc.constant(quiz), previousOf(quiz), seed)),
        ([quiz, previous, s]) => {
          const ids = drawQuestionIds(quiz, previous, seededRandom(s));
          expect(ids).toHaveLength(Math.min(quiz.perAttempt!, quiz.questions.length));
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(quiz.questions.some((q) => q.id === id)).toBe(true);
        },
      ),
    );
  });

  it("balances the objectives: two counts differ by at most one, unless an objective is exhausted", () => {
    fc.assert(
      fc.property(
        bank.chain((quiz) => fc.tuple(fc.constant(quiz), previousOf(quiz), seed)),
        ([quiz, previous, s]) => {
          const ids = drawQuestionIds(quiz, previous, seededRandom(s));
          const counts = perObjective(quiz, ids);
          const sizes = objectiveGroups(quiz).map((g) => g.length);
          const max = Math.max(...counts);
          counts.forEach((c, i) => {
            if (c < max - 1) expect(c, "an objective far below the others has nothing left").toBe(sizes[i]);
          });
        },
      ),
    );
  });

  it("is exactly balanced when every objective has enough questions", () => {
    fc.assert(
      fc.property(
        balancedBank.chain((quiz) => fc.tuple(fc.constant(quiz), previousOf(quiz), seed)),
        ([quiz, previous, s]) => {
          const counts = perObjective(quiz, drawQuestionIds(quiz, previous, seededRandom(s)));
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("asks as many questions never shown before as any balanced draw could", () => {
    fc.assert(
      fc.property(
        balancedBank.chain((quiz) => fc.tuple(fc.constant(quiz), previousOf(quiz), seed)),
        ([quiz, previous, s]) => {
          const shown = new Set(previous.flat());
          const ids = drawQuestionIds(quiz, previous, seededRandom(s));
          const groups = objectiveGroups(quiz);
          const n = quiz.perAttempt!;
          const base = Math.floor(n / groups.length);
          const extras = n % groups.length;
          const fresh = groups.map((g) => g.filter((id) => !shown.has(id)).length);
          const best =
            fresh.reduce((sum, f) => sum + Math.min(base, f), 0) +
            Math.min(extras, fresh.filter((f) => f > base).length);
          expect(ids.filter((id) => !shown.has(id))).toHaveLength(best);
          if (best === n) expect(ids.filter((id) => shown.has(id))).toEqual([]);
        },
      ),
    );
  });

  it("gives a retake a set disjoint from the previous attempt when the bank is twice the attempt", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 5, max: 7 }), seed, (k, n, s) => {
        const quiz = pooledQuiz(
          Array.from({ length: k }, () => 2 * Math.ceil(n / k)),
          n,
        );
        const random = seededRandom(s);
        const first = drawQuestionIds(quiz, [], random);
        const second = drawQuestionIds(quiz, [first], random);
        expect(second.filter((id) => first.includes(id))).toEqual([]);
        // The third attempt goes back to the first attempt's questions before the second's.
        const third = drawQuestionIds(quiz, [second, first], random);
        expect(third.filter((id) => second.includes(id))).toEqual([]);
      }),
    );
  });

  it("gives the same draw for the same seed, and different orders for different seeds", () => {
    const quiz = pooledQuiz([4, 4, 4], 6);
    fc.assert(
      fc.property(seed, (s) => {
        expect(drawQuestionIds(quiz, [], seededRandom(s))).toEqual(drawQuestionIds(quiz, [], seededRandom(s)));
      }),
    );
    const draws = new Set(Array.from({ length: 50 }, (_, s) => drawQuestionIds(quiz, [], seededRandom(s)).join()));
    expect(draws.size).toBeGreaterThan(45);
  });

  it("sends the extra question to each objective in turn over many draws", () => {
    // 3 objectives, 7 per attempt: one objective gets 3 questions, at random.
    const quiz = pooledQuiz([5, 5, 5], 7);
    const heavy = [0, 0, 0];
    for (let s = 0; s < 300; s++) {
      const counts = perObjective(quiz, drawQuestionIds(quiz, [], seededRandom(s)));
      heavy[counts.indexOf(3)]! += 1;
    }
    for (const h of heavy) expect(h).toBeGreaterThan(60);
  });

  it("keeps today's behaviour for a quiz without perAttempt: every question, shuffled", () => {
    const quiz = sampleQuiz();
    expect(attemptSize(quiz)).toBe(6);
    fc.assert(
      fc.property(seed, (s) => {
        const ids = drawQuestionIds(quiz, [quiz.questions.slice(0, 3).map((q) => q.id)], seededRandom(s));
        expect([...ids].sort()).toEqual(quiz.questions.map((q) => q.id).sort());
      }),
    );
  });

  it("draws from a bank without objectives as one group, still avoiding the last attempt", () => {
    const pooled = pooledQuiz([6, 6], 6);
    const plain: Quiz = {
      perAttempt: pooled.perAttempt,
      questions: pooled.questions.map((q) => ({ ...q, objective: undefined })),
    };
    const first = drawQuestionIds(plain, [], seededRandom(1));
    const second = drawQuestionIds(plain, [first], seededRandom(2));
    expect(first).toHaveLength(6);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  it("does not change the quiz it draws from", () => {
    const quiz = pooledQuiz([4, 4, 4], 6);
    const copy = structuredClone(quiz);
    drawQuestionIds(quiz, [["m1-u1-q1"]], seededRandom(3));
    expect(quiz).toEqual(copy);
  });
});
