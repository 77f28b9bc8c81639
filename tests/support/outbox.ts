// Reads the emails the app wrote to its local outbox folder (no SMTP configured in integration tests).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

export interface ReadEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  links: string[];
}

export async function readOutbox(): Promise<ReadEmail[]> {
  const dir = process.env.OUTBOX_DIR ?? "";
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort();
  const out: ReadEmail[] = [];
  for (const f of files) {
    const mail = await simpleParser(readFileSync(path.join(dir, f)));
    const to = Array.isArray(mail.to) ? (mail.to[0]?.text ?? "") : (mail.to?.text ?? "");
    const text = mail.text ?? "";
    out.push({
      to,
      subject: mail.subject ?? "",
      text,
      html: typeof mail.html === "string" ? mail.html : "",
      links: text.match(/https?:\/\/[^\s)\]]+/g) ?? [],
    });
  }
  return out;
}

/** The newest email to `address`, parsing from the newest file back (cheap when the outbox is large). */
export async function newestEmailTo(address: string): Promise<ReadEmail | undefined> {
  const dir = process.env.OUTBOX_DIR ?? "";
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .reverse();
  for (const f of files) {
    const mail = await simpleParser(readFileSync(path.join(dir, f)));
    const to = Array.isArray(mail.to) ? (mail.to[0]?.text ?? "") : (mail.to?.text ?? "");
    if (!to.toLowerCase().includes(address.toLowerCase())) continue;
    const text = mail.text ?? "";
    return {
      to,
      subject: mail.subject ?? "",
      text,
      html: typeof mail.html === "string" ? mail.html : "",
      links: text.match(/https?:\/\/[^\s)\]]+/g) ?? [],
    };
  }
  return undefined;
}

export async function lastEmailTo(address: string): Promise<ReadEmail | undefined> {
  return (await readOutbox()).filter((m) => m.to.toLowerCase().includes(address.toLowerCase())).at(-1);
}

export function tokenFrom(link: string | undefined): string {
  const token = link?.split("/").at(-1);
  if (!token) throw new Error("no link in email");
  return token;
}
