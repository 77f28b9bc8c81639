import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, E2E_USERS } from "../support/e2e-users";
import { answerQuiz, readQuiz, shownQuestions, signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

test("the quiz works with JavaScript disabled (axe needs scripts, so it runs in the other journeys)", async ({
  page,
}) => {
  await signIn(page, "en", E2E_USERS.nojs);
  await expect(page).toHaveURL(/\/en\/(dashboard|accept-policy)/);
  await page.goto("/en/learn/comprendre-la-menace/le-plan-vigipirate");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The VIGIPIRATE plan: origins, aims, actors");
  await page.goto("/en/learn/comprendre-la-menace/le-plan-vigipirate/quiz");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Answer this question.").first()).toBeVisible();
  await answerQuiz(page, "en", readQuiz("01-comprendre-la-menace", "03-le-plan-vigipirate"), true);
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Unit validated. Well done!")).toBeVisible();
});

test("without JavaScript, a quiz sent before the lesson was opened is refused and the answers stay ticked", async ({
  page,
}) => {
  await signIn(page, "en", E2E_USERS.nojs);
  await expect(page).toHaveURL(/\/en\/(dashboard|accept-policy)/);
  // The seed never opened this lesson for this learner.
  await page.goto("/en/learn/comprendre-la-menace/niveaux-et-posture/quiz");
  await expect(page.getByRole("status")).toContainText(
    "Take the time to read the lesson: the quiz opens 2 minutes after you first open the lesson.",
  );
  await expect(page.getByRole("link", { name: /^Read the lesson: / })).toHaveAttribute(
    "href",
    "/en/learn/comprendre-la-menace/niveaux-et-posture",
  );
  const questions = await answerQuiz(page, "en", readQuiz("01-comprendre-la-menace", "04-niveaux-et-posture"), true);
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Your answers were not sent: first open this unit's lesson.")).toBeVisible();
  // The page comes back with the same questions (the draw holds until an attempt is recorded), ticked.
  expect((await shownQuestions(page, questions)).map((q) => q.id)).toEqual(questions.map((q) => q.id));
  for (const q of questions) {
    for (const c of q.choices) {
      const box = page.locator(`input[name="q_${q.id}"][value="${c.id}"]`);
      if (q.correct.includes(c.id)) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
  }
  await expect(page.getByText("Unit validated")).toHaveCount(0);
});

test('without JavaScript, the forms post to their own page (never action=""): a refused sign-in keeps ?next, sign-out works', async ({
  page,
}) => {
  await page.goto("/en/sign-in?next=%2Fen%2Faccount");
  const form = page.locator("form#sign-in");
  await expect(form).toHaveAttribute("action", "/en/sign-in?next=%2Fen%2Faccount");
  await form.getByLabel("Username or email address").fill(E2E_USERS.nojs);
  await form.getByLabel("Password", { exact: true }).fill("not the right password at all");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong username or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fen%2Faccount$/);
  await page.locator("form#sign-in").getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
  await page.locator("form#sign-in").getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  const signOut = page.locator("form").filter({ has: page.getByRole("button", { name: "Sign out" }) });
  await expect(signOut).toHaveAttribute("action", "/en/account");
  await signOut.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
});
