// The job engine (pg-boss) on the app's database: each job claimed once, emails committed with the change
// that needs them and never lost, retries then a `failed` state staff can see.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.CRON_SECRET = "jobs-cron-secret-0123456789";
});

import { db } from "@/db/client";
import { emailOutbox, users } from "@/db/schema";
import { recordEmail, requeueStrandedEmails } from "@/lib/email/send";
import { drainJobs, getBoss } from "@/lib/jobs";
import { createBoss } from "@/lib/jobs/engine";
import { findFailedJobs, getJobCounts } from "@/lib/jobs/status";
import { GET as cronGET } from "@/app/api/cron/purge/route";
import { createLearner } from "../support/factories";

/** Every .eml in the outbox folder. */
async function deliveredMails() {
  const dir = process.env.OUTBOX_DIR ?? "";
  return Promise.all(
    readdirSync(dir)
      .filter((n) => n.endsWith(".eml"))
      .map((f) => simpleParser(readFileSync(path.join(dir, f)))),
  );
}

/** The job id each delivered email's header carries. */
async function deliveredJobIds(): Promise<string[]> {
  return (await deliveredMails()).map((mail) => String(mail.headers.get("x-vigie-job-id") ?? ""));
}

const count = (list: string[], id: string) => list.filter((x) => x === id).length;

describe("job engine", () => {
  it("hands each job to exactly one of two engines working one database", async () => {
    await getBoss(); // installs the pgboss schema once
    const [a, b] = [
      createBoss({ supervise: false, schedule: false }),
      createBoss({ supervise: false, schedule: false }),
    ];
    await Promise.all([a.start(), b.start()]);
    try {
      await a.createQueue("claim-test");
      const N = 120;
      const sent = await Promise.all(Array.from({ length: N }, (_, i) => a.send("claim-test", { i })));
      const handled: { by: string; id: string }[] = [];
      const slowly = (by: string) => async (jobs: { id: string }[]) => {
        for (const job of jobs) handled.push({ by, id: job.id });
        await new Promise((r) => setTimeout(r, 5));
      };
      // Two workers on each engine, polling at the shortest interval pg-boss allows.
      for (const [by, boss] of [
        ["a", a],
        ["b", b],
      ] as const) {
        for (let w = 0; w < 2; w++)
          await boss.work("claim-test", { batchSize: 3, pollingIntervalSeconds: 0.5 }, slowly(`${by}${w}`));
      }
      for (let waited = 0; handled.length < N && waited < 30_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 1_200)); // one more polling round: nothing may come twice
      const ids = handled.map((h) => h.id);
      expect(new Set(ids).size).toBe(N);
      expect(ids).toHaveLength(N);
      expect(new Set(ids)).toEqual(new Set(sent));
      expect(new Set(handled.map((h) => h.by[0])).size).toBe(2); // both engines took part
    } finally {
      await Promise.all([a.stop({ graceful: false, wait: true }), b.stop({ graceful: false, wait: true })]);
    }
  });

  it("creates an email with the change that needs it: a rolled-back change sends nothing", async () => {
    const user = await createLearner();
    await expect(
      db.transaction(async (tx) => {
        await tx.update(users).set({ firstName: "Annulé" }).where(eq(users.id, user.id));
        await recordEmail({ to: user.email, userId: user.id, template: "passwordChanged", locale: "fr" }, tx);
        throw new Error("the change fails after the email was recorded");
      }),
    ).rejects.toThrow("the change fails");
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.template, "passwordChanged"))).toHaveLength(0);
  });

  it("delivers, exactly once, an email whose process died between the commit and the enqueue", async () => {
    const user = await createLearner();
    // The commit happens; the process "dies" before queueEmails(): the row exists, no job does.
    const id = await db.transaction(async (tx) => {
      await tx.update(users).set({ firstName: "Camille-Rose" }).where(eq(users.id, user.id));
      return recordEmail({ to: user.email, userId: user.id, template: "emailChanged", locale: "fr" }, tx);
    });
    const boss = await getBoss();
    expect(await boss.getJobById("email", id)).toBeNull();
    expect(count(await deliveredJobIds(), id)).toBe(0);
    // Too young for the sweep: it may still be between its commit and its enqueue.
    await requeueStrandedEmails();
    expect(count(await deliveredJobIds(), id)).toBe(0);
    // The sweep, run by two instances at once a minute later, queues it once; it is delivered once.
    const later = new Date(Date.now() + 60_000);
    await Promise.all([requeueStrandedEmails(later), requeueStrandedEmails(later)]);
    await drainJobs({ budgetMs: 10_000 });
    await requeueStrandedEmails(later);
    await drainJobs({ budgetMs: 10_000 });
    expect(count(await deliveredJobIds(), id)).toBe(1);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "sent", payload: null, html: null, text: null, attempts: 1 });
  });

  it("carries its job id in X-Vigie-Job-Id and its Message-ID, the id of its outbox row", async () => {
    const user = await createLearner();
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.userId, user.id));
    expect(row?.status).toBe("sent");
    expect(count(await deliveredJobIds(), row!.id)).toBe(1);
    const mail = (await deliveredMails()).find((m) => m.headers.get("x-vigie-job-id") === row!.id);
    expect(mail?.messageId).toBe(`<${row!.id}@localhost>`);
    expect((await (await getBoss()).getJobById("email", row!.id, { includeArchive: true }))?.state).toBe("completed");
  });

  it("retries an email with exponential back-off, then leaves it failed and visible to staff", async () => {
    const boss = await getBoss();
    expect(await boss.getQueue("email")).toMatchObject({ retryLimit: 5, retryBackoff: true, retryDelay: 30 });
    const user = await createLearner();
    const id = await recordEmail({ to: user.email, userId: user.id, template: "passwordChanged", locale: "fr" });
    // A template the renderer refuses stands for an SMTP server refusing the message.
    await db.update(emailOutbox).set({ template: "bogus", lastError: null }).where(eq(emailOutbox.id, id));
    await boss.send("email", { outboxId: id }, { id, retryLimit: 1, retryDelay: 1, retryBackoff: true });
    await drainJobs({ queues: ["email"], budgetMs: 5_000 });
    let job = await boss.getJobById("email", id);
    expect(job).toMatchObject({ state: "retry", retryCount: 0 });
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]?.status).toBe("pending");
    // The retry is due after the back-off (a second or two here), not before.
    for (let waited = 0; job?.state === "retry" && waited < 10_000; waited += 250) {
      await new Promise((r) => setTimeout(r, 250));
      await drainJobs({ queues: ["email"], budgetMs: 5_000 });
      job = await boss.getJobById("email", id);
    }
    expect(job?.state).toBe("failed");
    expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]).toMatchObject({
      status: "failed",
      attempts: 2,
    });
    const failed = await findFailedJobs();
    expect(failed.find((f) => f.id === id)).toMatchObject({ queue: "email", template: "bogus", attempts: 2 });
    expect(JSON.stringify(failed)).not.toContain(user.email);
    expect((await getJobCounts()).failed).toBeGreaterThanOrEqual(1);
    expect(count(await deliveredJobIds(), id)).toBe(0);
  });

  it("the cron route queues the daily jobs and works the queues for a bounded time", async () => {
    const res = await cronGET(
      new Request("http://localhost:3000/api/cron/purge", {
        headers: { authorization: `Bearer ${process.env.CRON_SECRET}` },
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { drained: { completed: number } };
    expect(body.drained.completed).toBeGreaterThanOrEqual(3);
    const { rows } = await (
      await getBoss()
    )
      .getDb()
      .executeSql(`select name, state from pgboss.job where state in ('created', 'retry', 'active')`, []);
    expect(rows).toEqual([]);
  });
});
