// Benchmarks certificate PDF rendering (median / p95 / max latency and file size) and records the result in bench/results.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { renderCertificatePdf } from "../lib/certificates/pdf/render";
import type { CertificateSnapshot } from "../lib/certificates/pdf/snapshot";

const WARMUP = 20;
const RUNS = 300;
const TARGETS = { medianMs: 40, p95Ms: 60, sizeBytes: 60 * 1024 };

const snapshot: CertificateSnapshot = {
  firstName: "Zoë",
  lastName: "Œlschläger-N'Diaye",
  track: "professional",
  locale: "fr",
  issuedAt: new Date("2026-11-24T14:32:10Z"),
  verificationCode: "7K3QF-M0ZT9-XW4HA-2BCNE",
  // A signed link as long as a long name and three modules make it (lib/certificates/signing/signed-link.ts).
  verificationUrl:
    "https://vigie.interieur.gouv.fr/fr/verify/eyJhbGciOiJFZERTQSIsImtpZCI6InkyTmtmZ2ZMcEI1In0.eyJpZCI6IjdLM1FGLU0wWlQ5LVhXNEhBLTJCQ05FIiwiZm4iOiJNYXJpZS1Iw6lsw6huZSIsImxuIjoiZGUgTGEgRm9udGFpbmUtRHVwb250IiwidCI6InBybyIsImMiOiJlcnBfbWFuYWdlciIsIm0iOlsibTFAMDEyMzQ1NjciLCJtMkAwMTIzNDU2NyIsIm0zQDAxMjM0NTY3Il0sImQiOjE3OTYwMjkyMDB9.0b7dMHkSqF9bF1sxv_brNaXrhbEzJRdFVkNyg2PXc49xbOU4WetrxLkMWKX4flSsx7-XJtZwp1EFZXQPsGLHAQ",
  category: "Responsable d'un établissement recevant du public",
  modules: [
    { number: 1, title: "Comprendre la menace terroriste et le dispositif Vigipirate", durationMinutes: 36 },
    { number: 2, title: "Tous impliqués face à la menace terroriste !", durationMinutes: 40 },
    {
      number: 3,
      title: "Professionnels : protéger son public, son site, son événement, sa commune",
      durationMinutes: 42,
    },
  ],
};

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function main(): Promise<void> {
  let sizeBytes = 0;
  for (let i = 0; i < WARMUP; i++) {
    sizeBytes = (await renderCertificatePdf(snapshot)).byteLength;
  }

  const timings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const pdf = await renderCertificatePdf(snapshot);
    timings.push(performance.now() - start);
    sizeBytes = pdf.byteLength;
  }
  timings.sort((a, b) => a - b);

  const round = (n: number): number => Math.round(n * 100) / 100;
  const medianMs = round(percentile(timings, 50));
  const p95Ms = round(percentile(timings, 95));
  const maxMs = round(timings[timings.length - 1] ?? Number.NaN);
  const verdict = (ok: boolean): string => (ok ? "PASS" : "FAIL");

  const rows: [string, string, string, string][] = [
    ["metric", "value", "target", "result"],
    ["median", `${medianMs.toFixed(2)} ms`, `≤ ${TARGETS.medianMs} ms`, verdict(medianMs <= TARGETS.medianMs)],
    ["p95", `${p95Ms.toFixed(2)} ms`, `≤ ${TARGETS.p95Ms} ms`, verdict(p95Ms <= TARGETS.p95Ms)],
    ["max", `${maxMs.toFixed(2)} ms`, "", ""],
    [
      "size",
      `${(sizeBytes / 1024).toFixed(1)} KB`,
      `≤ ${TARGETS.sizeBytes / 1024} KB`,
      verdict(sizeBytes <= TARGETS.sizeBytes),
    ],
  ];
  console.log(`certificate-pdf: ${RUNS} renders after ${WARMUP} warm-up renders, Node ${process.version}`);
  for (const [metric, value, target, result] of rows) {
    console.log(`  ${metric.padEnd(8)}${value.padStart(10)}   ${target.padEnd(10)} ${result}`);
  }

  const dir = path.join(process.cwd(), "bench", "results");
  mkdirSync(dir, { recursive: true });
  const result = {
    name: "certificate-pdf",
    medianMs,
    p95Ms,
    sizeBytes,
    runs: RUNS,
    date: new Date().toISOString(),
    node: process.version,
  };
  writeFileSync(path.join(dir, "certificate-pdf.json"), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Written ${path.relative(process.cwd(), path.join(dir, "certificate-pdf.json"))}`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
  })
  .finally(() => {
    process.exitCode = 0;
  });
