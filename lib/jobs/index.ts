// Runs the background work: a server process works every queue (startJobWorkers); where no process
// lives on (Vercel, scripts, tests) the work is drained for a bounded time instead (drainJobs).
import "server-only";
import type PgBoss from "pg-boss";
import { createBoss, type Boss } from "./engine";
import { QUEUE_NAMES, QUEUES, type QueueName } from "./queues";

interface JobsState {
  boss?: Promise<Boss>;
  /** Worker ids per queue, when this process works the queues. */
  workers?: Partial<Record<QueueName, string[]>>;
}
const globalForJobs = globalThis as unknown as { vigieJobs?: JobsState };
const state = (globalForJobs.vigieJobs ??= {});

async function open(supervise: boolean): Promise<Boss> {
  const boss = createBoss({ supervise, schedule: supervise });
  await boss.start();
  for (const name of QUEUE_NAMES) {
    await retryOnDeadlock(() => boss.createQueue(name, { name, ...QUEUES[name].options }));
    await retryOnDeadlock(() => boss.updateQueue(name, { name, ...QUEUES[name].options }));
  }
  return boss;
}

/**
 * Instances starting together on an empty database race to create the same queue (pg-boss inserts the
 * queue's row, then alters tables): PostgreSQL breaks the deadlock by failing one of them, which simply
 * tries again and finds the queue there. Seen with three instances started at once (npm run test:scale).
 */
async function retryOnDeadlock(step: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      return;
    } catch (error) {
      const deadlock = (error as { code?: string }).code === "40P01" || /deadlock detected/.test(String(error));
      if (!deadlock || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** The process's job engine, started (and its schema migrated) on first use. */
export function getBoss(): Promise<Boss> {
  state.boss ??= open(false).catch((error: unknown) => {
    state.boss = undefined;
    throw error;
  });
  return state.boss;
}

type MetaJob = PgBoss.JobWithMetadata<Record<string, unknown>>;

function runJob(name: QueueName, job: MetaJob): Promise<unknown> {
  return QUEUES[name].run(job.data ?? {}, { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit });
}

/** Emails are sent two at a time per instance: each worker handles one job at a time. */
const WORKERS_PER_QUEUE: Partial<Record<QueueName, number>> = { email: 2 };

/**
 * A long-lived server process (`next start`) works every queue and keeps the schedules; pg-boss
 * claims each job with FOR UPDATE SKIP LOCKED, so with several instances each job runs on one only.
 */
export async function startJobWorkers(): Promise<void> {
  if (state.workers) return;
  state.boss ??= open(true);
  const boss = await state.boss;
  state.workers = {};
  for (const name of QUEUE_NAMES) {
    const { cron, pollingIntervalSeconds } = QUEUES[name];
    if (cron) await boss.schedule(name, cron, {}, { tz: "Europe/Paris" });
    const ids: string[] = [];
    for (let i = 0; i < (WORKERS_PER_QUEUE[name] ?? 1); i++) {
      ids.push(
        await boss.work<Record<string, unknown>>(
          name,
          { pollingIntervalSeconds, batchSize: 1, includeMetadata: true },
          async ([job]) => (job ? runJob(name, job) : undefined),
        ),
      );
    }
    state.workers[name] = ids;
  }
}

/**
 * Queues a job after the commit of the change that needs it. With a worker in this process it is
 * woken at once; otherwise the queue is drained now, for a bounded time (Vercel functions, scripts).
 */
export async function enqueueJob(
  name: QueueName,
  data: Record<string, unknown>,
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  const boss = await getBoss();
  const id = await boss.send(name, data, options);
  const workers = state.workers?.[name];
  if (workers) workers.forEach((w) => boss.notifyWorker(w));
  else await drainJobs({ queues: [name], budgetMs: DRAIN_AFTER_ENQUEUE_MS });
  return id;
}

const DRAIN_AFTER_ENQUEUE_MS = 10_000;

export interface DrainReport {
  completed: number;
  failed: number;
}

/**
 * Claims and runs queued jobs until none is due or the time budget is spent (the cron route on Vercel,
 * where no process lives between requests). Claiming is the same as the workers': one job, one runner.
 */
export async function drainJobs({
  queues = [...QUEUE_NAMES],
  budgetMs,
}: {
  queues?: QueueName[];
  budgetMs: number;
}): Promise<DrainReport> {
  const boss = await getBoss();
  const deadline = performance.now() + budgetMs;
  const report: DrainReport = { completed: 0, failed: 0 };
  let found = true;
  // pg-boss takes a job once its start_after < now(): on a coarse database clock (PGlite's) a job
  // queued in this same tick is not due yet, so an empty round is looked at again a few times.
  let graceRounds = 3;
  while ((found || graceRounds-- > 0) && performance.now() < deadline) {
    if (!found) await new Promise((r) => setTimeout(r, 2));
    found = false;
    for (const name of queues) {
      const jobs = await boss.fetch<Record<string, unknown>>(name, { batchSize: 5, includeMetadata: true });
      for (const job of jobs) {
        found = true;
        try {
          const output = await runJob(name, job);
          await boss.complete(name, job.id, toOutput(output));
          report.completed++;
        } catch (error) {
          await boss.fail(name, job.id, { message: (error as Error).message });
          report.failed++;
        }
      }
    }
  }
  return report;
}

function toOutput(value: unknown): object | undefined {
  return value && typeof value === "object" ? value : undefined;
}

/** Runs pg-boss's upkeep once: expires jobs whose runner died (they are retried), archives old ones. */
export async function maintainJobs(): Promise<void> {
  await (await getBoss()).maintain();
}

/** Stops the engine (tests, scripts): workers finish their job first. */
export async function stopJobs(): Promise<void> {
  const boss = state.boss;
  state.boss = undefined;
  state.workers = undefined;
  if (boss) await (await boss).stop({ graceful: true, wait: true, close: true });
}
