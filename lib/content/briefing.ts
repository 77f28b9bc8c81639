// The steward's briefing card (content/resources/steward-briefing.json): read and validated once per process.
import path from "node:path";
import { CONTENT_DIR, ContentError, readJson } from "./load";
import { briefingSchema, type Briefing } from "./schemas";

const FILE = path.join(CONTENT_DIR, "resources", "steward-briefing.json");

export function readBriefing(): { briefing: Briefing | null; problems: string[] } {
  const problems: string[] = [];
  const briefing = readJson(FILE, briefingSchema, problems);
  return { briefing, problems };
}

let cached: Briefing | null = null;

export function getBriefing(): Briefing {
  if (!cached) {
    const { briefing, problems } = readBriefing();
    if (!briefing) throw new ContentError(problems);
    cached = briefing;
  }
  return cached;
}
