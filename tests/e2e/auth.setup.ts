// Auth setup project (playwright.config.ts): signs in, once per run, each seeded learner whose tests
// need a session but are not about signing in, over HTTP as a non-browser client does, and saves the
// browser state those tests start from (test.use({ storageState })). Signing in through the form is
// tested where it is the subject: registration journeys, the keyboard pass, sessions, accounts.
import { test as setup } from "@playwright/test";
import { SIGNED_IN_USERS, storageStateOf } from "../support/e2e-users";
import { signInOverHttp } from "./helpers";

for (const username of SIGNED_IN_USERS) {
  setup(`sign in ${username}`, async ({ request }) => {
    await signInOverHttp(request, username);
    await request.storageState({ path: storageStateOf(username) });
  });
}
