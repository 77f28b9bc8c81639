// Runs Debian's nginx with the project's own deploy config (scripts/deploy/nginx.conf), rewritten
// only for ports and paths, in front of a local server: the production topology of the README.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Nginx {
  url: string;
  /** The master process: its workers are its children. */
  pid: number | undefined;
  /** Makes /static.html answer with these headers too (then reloads nginx). */
  setCeilingHeaders: (headers: Headers) => Promise<void>;
  stop: () => Promise<void>;
}

// Headers nginx writes itself for any answer: not copied to the ceiling.
const OWN_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "content-type",
  "date",
  "keep-alive",
  "server",
  "transfer-encoding",
]);

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

export function nginxAvailable(): boolean {
  return Boolean(NGINX);
}

/**
 * `upstreamPorts` lists several app instances for the upstream (instead of the one `upstreamPort`).
 * `staticFile`, when given, is also served as a plain file at /static.html: the ceiling to compare against.
 * `clientAddressFromHeader`: the load generator plays many visitors and writes each one's address in
 * X-Forwarded-For; nginx takes it as the client's address (realip), as it would take a real visitor's,
 * so the app's per-IP limits count visitors, not the one load-generating machine.
 */
export async function startNginx(options: {
  listenPort: number;
  upstreamPort?: number;
  upstreamPorts?: number[];
  staticFile?: string;
  clientAddressFromHeader?: boolean;
}): Promise<Nginx> {
  const ports = options.upstreamPorts ?? (options.upstreamPort ? [options.upstreamPort] : []);
  if (ports.length === 0) throw new Error("startNginx needs upstreamPort or upstreamPorts");
  if (!NGINX) throw new Error("nginx is not installed: apt-get install -y nginx");
  const dir = mkdtempSync(path.join(os.tmpdir(), "vigie-nginx-"));
  chmodSync(dir, 0o755); // nginx workers run as an unprivileged user and must read the pages
  mkdirSync(path.join(dir, "vigie"));
  for (const lang of ["fr", "en"])
    cpSync(`scripts/deploy/503.${lang}.html`, path.join(dir, "vigie", `503.${lang}.html`));
  let site = readFileSync("scripts/deploy/nginx.conf", "utf8")
    .replace("/var/cache/nginx/vigie", path.join(dir, "cache"))
    .replace("server app:3000;", ports.map((p) => `server 127.0.0.1:${p};`).join("\n  "))
    .replace("listen 80 reuseport;", `listen 127.0.0.1:${options.listenPort} reuseport;`)
    .replace("root /etc/nginx/vigie;", `root ${path.join(dir, "vigie")};`);
  if (options.staticFile) {
    cpSync(options.staticFile, path.join(dir, "vigie", "static.html"));
    // The file holds the gzipped page, sent as is (what the cache sends for the proxied page).
    const location = `location = /static.html { root ${path.join(dir, "vigie")}; gzip off; default_type "text/html; charset=utf-8"; add_header Content-Encoding gzip; include ${path.join(dir, "ceiling-headers.conf")}; }`;
    site = site.replace(
      "  # Hashed build assets never change.",
      `  ${location}\n\n  # Hashed build assets never change.`,
    );
  }
  const realIp = options.clientAddressFromHeader
    ? "  set_real_ip_from 127.0.0.1;\n  real_ip_header X-Forwarded-For;\n"
    : "";
  const conf = `worker_processes auto;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\ndaemon off;\nevents { worker_connections 4096; }\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n  keepalive_requests 100000;\n  client_body_temp_path ${dir}/body;\n  proxy_temp_path ${dir}/proxy;\n${realIp}${site}\n}\n`;
  writeFileSync(path.join(dir, "nginx.conf"), conf);
  writeFileSync(path.join(dir, "ceiling-headers.conf"), "");
  const test = spawnSync(NGINX, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx config refused: ${test.stderr}`);
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${options.listenPort}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`${url}/_nginx_probe`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const nginxArgs = ["-p", dir, "-c", path.join(dir, "nginx.conf")];
  return {
    url,
    pid: child.pid,
    setCeilingHeaders: async (headers) => {
      const lines = [...headers.entries()]
        .filter(([name]) => !OWN_HEADERS.has(name))
        .map(([name, value]) => `add_header ${name} '${value.replaceAll("'", "\\'")}';`);
      writeFileSync(path.join(dir, "ceiling-headers.conf"), lines.join("\n"));
      const reload = spawnSync(NGINX, [...nginxArgs, "-s", "reload"], { encoding: "utf8" });
      if (reload.status !== 0) throw new Error(`nginx reload refused: ${reload.stderr}`);
      await new Promise((r) => setTimeout(r, 500)); // old workers finish, new ones take the port
    },
    stop: async () => {
      child.kill("SIGQUIT");
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
