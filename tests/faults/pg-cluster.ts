// A private, throw-away PostgreSQL cluster (Debian's binaries) that the fault test may stop and
// restart at will without disturbing any other database on the machine.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PgCluster {
  url: string;
  stop: () => void;
  start: () => void;
  destroy: () => void;
  isAccepting: () => boolean;
  /** The postmaster's pid (its children are the backends). */
  postmasterPid: () => number;
}

function binDir(): string {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  if (!version)
    throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install -y postgresql)");
  return path.join(root, version, "bin");
}

/** `settings`: extra server settings, e.g. ["shared_preload_libraries=pg_stat_statements"]. */
export function createCluster(port: number, settings: string[] = []): PgCluster {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), "vigie-faults-pg-"));
  const data = path.join(dir, "data");
  // initdb refuses to run as root: the cluster then belongs to the postgres system user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pg = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    const gid = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
    chownSync(dir, Number(pg), Number(gid));
  }
  const run = (cmd: string, args: string[]) => {
    const full = asRoot
      ? (["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] as const)
      : ([path.join(bin, cmd), args] as const);
    const result = spawnSync(full[0], [...full[1]], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off -c max_connections=100${settings.map((s) => ` -c ${s}`).join("")}`;
  const cluster: PgCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]),
    stop: () => run("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]),
    destroy: () => {
      spawnSync(
        asRoot ? "runuser" : path.join(bin, "pg_ctl"),
        asRoot
          ? ["-u", "postgres", "--", path.join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"]
          : ["-D", data, "-m", "immediate", "stop"],
      );
      rmSync(dir, { recursive: true, force: true });
    },
    postmasterPid: () => Number(readFileSync(path.join(data, "postmaster.pid"), "utf8").split("\n")[0]),
    isAccepting: () =>
      spawnSync(path.join(bin, "pg_isready"), ["-h", "127.0.0.1", "-p", String(port), "-q"]).status === 0,
  };
  cluster.start();
  return cluster;
}
