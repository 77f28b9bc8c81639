import { expect, test } from "@playwright/test";
import { E2E_USERS } from "../support/e2e-users";
import { answerQuiz, readQuiz, signIn } from "./helpers";

test.use({ javaScriptEnabled: false });

test("the quiz works with JavaScript disabled (axe needs scripts, so it runs in the other journeys)", async ({ page }) => {
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
