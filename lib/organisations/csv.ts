// Reads a CSV of email addresses for invitations (pure): the good lines kept, each bad line given a
// reason. csv-parse handles what a hand-written split gets wrong (quoted cells, ; or , separators
// from French spreadsheets, BOMs, CRLF).
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { MAX_CSV_INVITATIONS } from "./rules";

export type CsvLineProblem = "invalidEmail" | "duplicate" | "tooMany" | "unreadable";

export interface CsvRejection {
  /** 1-based line number in the file. */
  line: number;
  value: string;
  reason: CsvLineProblem;
}

export interface ParsedInvitationCsv {
  emails: string[];
  rejected: CsvRejection[];
}

const emailSchema = z.email().max(254);
const HEADER = /^(e-?mail|courriel|adresse|address|mail)$/i;

export function parseInvitationCsv(text: string): ParsedInvitationCsv {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: [",", ";", "\t"],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
      info: false,
    }) as string[][];
  } catch {
    return { emails: [], rejected: [{ line: 1, value: "", reason: "unreadable" }] };
  }
  const emails: string[] = [];
  const seen = new Set<string>();
  const rejected: CsvRejection[] = [];
  records.forEach((cells, index) => {
    const line = index + 1;
    // The address is the first cell that looks like one (a name column may come first).
    const value = (cells.find((c) => c.includes("@")) ?? cells[0] ?? "").trim();
    if (index === 0 && HEADER.test(value)) return;
    if (value === "" && cells.every((c) => c.trim() === "")) return;
    const email = value.toLowerCase();
    if (!emailSchema.safeParse(email).success)
      rejected.push({ line, value: value.slice(0, 200), reason: "invalidEmail" });
    else if (seen.has(email)) rejected.push({ line, value: email, reason: "duplicate" });
    else if (emails.length >= MAX_CSV_INVITATIONS) rejected.push({ line, value: email, reason: "tooMany" });
    else {
      seen.add(email);
      emails.push(email);
    }
  });
  return { emails, rejected };
}
