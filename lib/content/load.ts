// Reads and validates content/ once per process; every problem is reported with its file and field.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { countLessonWords } from "./lesson";
import {
  courseSchema,
  moduleMetaSchema,
  quizSchema,
  resourcesSchema,
  transcriptSchema,
  unitMetaSchema,
  type Localized,
  type ModuleMeta,
  type Quiz,
  type Resource,
  type UnitMeta,
} from "./schemas";

import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** The content languages are the interface locales. */
export const LANGS = LOCALES;
export type Lang = Locale;

export interface Unit extends UnitMeta {
  slug: string;
  moduleSlug: string;
  dir: string;
  mdx: Record<Lang, string>;
  /** Words of running text in each language's lesson (the study-time rule reads them). */
  lessonWords: Record<Lang, number>;
  transcript: Record<Lang, string[]>;
  quiz: Quiz;
  resources: Resource[];
  /** Hash of the unit's files: changes whenever its text or quiz changes. */
  contentVersion: string;
  video: UnitMeta["video"] & { sources: Record<Lang, { webm: string; mp4: string }>; captions: Record<Lang, string> };
}

export interface CourseModule extends ModuleMeta {
  slug: string;
  order: number;
  units: Unit[];
  contentVersion: string;
}

export interface Course {
  modules: CourseModule[];
  tracks: Record<"public" | "professional", string[]>;
  vigipirateLevel: { current: number | null; note: Localized };
}

export class ContentError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid course content:\n  - ${problems.join("\n  - ")}`);
  }
}

export const CONTENT_DIR = path.join(process.cwd(), "content");
const PUBLIC_DIR = path.join(process.cwd(), "public");

type Problems = string[];

function rel(file: string): string {
  return path.relative(process.cwd(), file);
}

export function readJson<S extends z.ZodType>(file: string, schema: S, problems: Problems): z.infer<S> | null {
  if (!existsSync(file)) {
    problems.push(`${rel(file)}: file is missing`);
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${rel(file)}: not valid JSON (${(error as Error).message})`);
    return null;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${rel(file)}: field "${issue.path.join(".") || "(root)"}" ${issue.message}`);
    }
    return null;
  }
  return parsed.data;
}

function readText(file: string, problems: Problems): string | null {
  if (!existsSync(file)) {
    problems.push(`${rel(file)}: file is missing`);
    return null;
  }
  const content = readFileSync(file, "utf8");
  if (!content.trim()) problems.push(`${rel(file)}: file is empty`);
  return content;
}

function orderedDirs(dir: string): { name: string; slug: string; order: number }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{2}-[a-z0-9-]+$/.test(d.name))
    .map((d) => ({ name: d.name, slug: d.name.slice(3), order: Number(d.name.slice(0, 2)) }))
    .sort((a, b) => a.order - b.order);
}

function hashOf(parts: string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex").slice(0, 16);
}

function loadUnit(moduleSlug: string, dir: string, slug: string, problems: Problems): Unit | null {
  const meta = readJson(path.join(dir, "unit.json"), unitMetaSchema, problems);
  const quiz = readJson(path.join(dir, "quiz.json"), quizSchema, problems);
  const resources = readJson(path.join(dir, "resources.json"), resourcesSchema, problems);
  const mdx = {} as Record<Lang, string>;
  const transcript = {} as Record<Lang, string[]>;
  for (const lang of LANGS) {
    mdx[lang] = readText(path.join(dir, `${lang}.mdx`), problems) ?? "";
    const file = path.join(dir, `transcript.${lang}.txt`);
    const raw = readText(file, problems) ?? "";
    const parsed = transcriptSchema.safeParse(raw);
    if (raw && !parsed.success) problems.push(`${rel(file)}: ${parsed.error.issues[0]?.message}`);
    transcript[lang] = raw.trim().split("\n").map((l) => l.trim()).filter(Boolean);
  }
  if (!meta || !quiz || !resources) return null;
  if (quiz.questions.some((q) => !q.id.startsWith(`${meta.id}-`))) {
    problems.push(`${rel(path.join(dir, "quiz.json"))}: field "questions" ids must start with "${meta.id}-"`);
  }
  // One video per language (narrated in it), both sharing one length; captions in both languages.
  const video = {
    ...meta.video,
    sources: {
      fr: { webm: `/videos/${meta.id}.fr.webm`, mp4: `/videos/${meta.id}.fr.mp4` },
      en: { webm: `/videos/${meta.id}.en.webm`, mp4: `/videos/${meta.id}.en.mp4` },
    },
    captions: { fr: `/captions/${meta.id}.fr.vtt`, en: `/captions/${meta.id}.en.vtt` },
  };
  for (const asset of [
    ...LANGS.flatMap((lang) => [video.sources[lang].webm, video.sources[lang].mp4]),
    video.captions.fr,
    video.captions.en,
  ]) {
    if (!existsSync(path.join(PUBLIC_DIR, asset))) problems.push(`${rel(dir)}: video asset public${asset} is missing`);
  }
  const contentVersion = hashOf([JSON.stringify(meta), JSON.stringify(quiz), mdx.fr, mdx.en]);
  const lessonWords = { fr: countLessonWords(mdx.fr), en: countLessonWords(mdx.en) };
  return { ...meta, slug, moduleSlug, dir, mdx, lessonWords, transcript, quiz, resources, contentVersion, video };
}

export function readCourse(): { course: Course; problems: string[] } {
  const problems: string[] = [];
  const courseFile = path.join(CONTENT_DIR, "course.json");
  const courseMeta = readJson(courseFile, courseSchema, problems);
  const modules: CourseModule[] = [];
  for (const m of orderedDirs(path.join(CONTENT_DIR, "modules"))) {
    const dir = path.join(CONTENT_DIR, "modules", m.name);
    const meta = readJson(path.join(dir, "module.json"), moduleMetaSchema, problems);
    const units = orderedDirs(path.join(dir, "units"))
      .map((u) => loadUnit(m.slug, path.join(dir, "units", u.name), u.slug, problems))
      .filter((u): u is Unit => u !== null);
    if (!meta) continue;
    if (units.length < 1) problems.push(`${rel(dir)}: module has no units`);
    problems.push(...pathProblems(meta, units).map((p) => `${rel(path.join(dir, "module.json"))}: ${p}`));
    const contentVersion = hashOf(units.map((u) => u.contentVersion));
    modules.push({ ...meta, slug: m.slug, order: m.order, units, contentVersion });
  }
  const slugs = new Set(modules.map((m) => m.slug));
  for (const [track, list] of Object.entries(courseMeta?.tracks ?? {})) {
    for (const slug of list) {
      if (!slugs.has(slug)) problems.push(`${rel(courseFile)}: field "tracks.${track}" names unknown module "${slug}"`);
    }
  }
  const course: Course = {
    modules,
    tracks: courseMeta?.tracks ?? { public: [], professional: [] },
    vigipirateLevel: courseMeta?.vigipirateLevel ?? { current: null, note: { fr: "", en: "" } },
  };
  return { course, problems };
}

/** A path names only this module's units, without repeats. */
function pathProblems(meta: ModuleMeta, units: Unit[]): string[] {
  const ids = new Set(units.map((u) => u.id));
  return Object.entries(meta.requiredByCategory ?? {}).flatMap(([category, required]) => [
    ...required.filter((id) => !ids.has(id)).map((id) => `field "requiredByCategory.${category}" names unknown unit "${id}"`),
    ...(new Set(required).size === required.length ? [] : [`field "requiredByCategory.${category}" repeats a unit`]),
  ]);
}

let cached: Course | null = null;

/** The validated course; throws a ContentError listing every problem. */
export function getCourse(): Course {
  if (cached) return cached;
  const { course, problems } = readCourse();
  if (problems.length > 0) throw new ContentError(problems);
  cached = course;
  return course;
}

export function getModule(slug: string): CourseModule | null {
  return getCourse().modules.find((m) => m.slug === slug) ?? null;
}

export function getUnit(moduleSlug: string, unitSlug: string): { module: CourseModule; unit: Unit } | null {
  const mod = getModule(moduleSlug);
  const unit = mod?.units.find((u) => u.slug === unitSlug);
  return mod && unit ? { module: mod, unit } : null;
}

export function findUnitById(unitId: string): { module: CourseModule; unit: Unit } | null {
  for (const mod of getCourse().modules) {
    const unit = mod.units.find((u) => u.id === unitId);
    if (unit) return { module: mod, unit };
  }
  return null;
}

export function localize(value: Localized, locale: string): string {
  return locale === "en" ? value.en : value.fr;
}
