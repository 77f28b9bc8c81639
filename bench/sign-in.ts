// Sign-ins through the real server action (Argon2id verification included), each from its own
// client address as behind nginx, with the server's event-loop delay measured meanwhile.
import type autocannon from "autocannon";
import { BASE, load, measureEventLoop } from "./harness";
import { actionFields, multipartBody, visitorAddress } from "./forms";
import { BENCH_PASSWORD, type BenchLearner } from "./seed";

export async function signInRequest(learners: BenchLearner[], origin = BASE): Promise<autocannon.Request> {
  const hidden = await actionFields(origin, "/fr/sign-in");
  let next = 0;
  return {
    method: "POST",
    path: "/fr/sign-in",
    setupRequest: (req) => {
      const i = next++;
      const learner = learners[i % learners.length]!;
      const { body, contentType } = multipartBody([
        ...hidden,
        ["locale", "fr"],
        ["identifier", learner.username],
        ["password", BENCH_PASSWORD],
      ]);
      return {
        ...req,
        headers: { origin, "content-type": contentType, "x-forwarded-for": visitorAddress(i) },
        body,
      };
    },
  };
}

export async function benchSignInBurst(learners: BenchLearner[]) {
  const request = await signInRequest(learners);
  const { result, p99, max } = await measureEventLoop(() =>
    load("sign-in burst — 20 connections", {
      url: BASE,
      requests: [request],
      connections: 20,
      duration: 10,
      expectStatus: 303,
    }),
  );
  return [
    { ...result, target: "≥ 30 sign-ins/s" },
    { name: "event-loop delay during the burst (ms)", p99, max, target: "p99 ≤ 50 ms" },
  ];
}
