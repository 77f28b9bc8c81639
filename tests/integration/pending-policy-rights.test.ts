// A new site policy awaiting acceptance blocks none of the learner's rights: their data export, a request
// to the DPO and the deletion of their account go through; changing their profile waits for the terms.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as exportRoute from "@/app/api/account/export/route";
import { db } from "@/db/client";
import { dataRequests, users, type User } from "@/db/schema";
import { updateProfileAction } from "@/lib/account/actions";
import { dataRequestAction, deleteAccountAction } from "@/lib/privacy/actions";
import { createLearner, PASSWORD } from "../support/factories";
import { checkAction, newRequest, prepareFuzzing } from "../support/fuzz";
import { inRequest } from "../support/next-request-mock";
import { publishPolicyVersion } from "../support/sample-data";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.set("locale", "fr");
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

let learner: User;

beforeAll(async () => {
  await prepareFuzzing();
  learner = await createLearner({ firstName: "Paule", lastName: "Refus" });
  await publishPolicyVersion("site", "2099-01-01", new Date());
});

describe("rights with a site policy pending", () => {
  it("the terms are pending: a profile change is sent to accept them first", async () => {
    await newRequest("198.51.100.70", "recent", learner);
    const outcome = await checkAction(() =>
      updateProfileAction(undefined, form({ firstName: "Paula", lastName: "Refus", track: "public" })),
    );
    expect(outcome).toMatchObject({ kind: "redirect", url: expect.stringContaining("/fr/accept-policy") });
  });

  it("exports the data, writes to the DPO, then deletes the account", async () => {
    await newRequest("198.51.100.70", "recent", learner);
    const exported = await inRequest(() => exportRoute.GET(new Request("http://localhost:3000/api/account/export")));
    if (!("value" in exported)) throw new Error("the export threw");
    expect(exported.value.status).toBe(200);
    expect(((await exported.value.json()) as { profile: { lastName: string } }).profile.lastName).toBe("Refus");

    const request = await checkAction(() =>
      dataRequestAction(undefined, form({ kind: "access", message: "Je refuse les nouvelles conditions." })),
    );
    expect(request).toMatchObject({ kind: "result", value: { ok: true } });
    expect(await db.select().from(dataRequests).where(eq(dataRequests.userId, learner.id))).toHaveLength(1);

    const deleted = await checkAction(() =>
      deleteAccountAction(undefined, form({ password: PASSWORD, confirmDelete: "on" })),
    );
    expect(deleted).toMatchObject({ kind: "redirect", url: expect.stringContaining("/fr/account-deleted") });
    expect(await db.select().from(users).where(eq(users.id, learner.id))).toHaveLength(0);
  });
});
