// Read model of a quiz result's next step: the pure rule (./next-step.ts) fed with the learner's progress
// and certificates, plus the titles and the certificate code the result page shows.
import "server-only";
import type { ProfessionalCategory, Track } from "@/lib/account/tracks";
import { findOwnCertificates } from "@/lib/certificates/queries";
import { getAvailability } from "@/lib/content/availability";
import { getCourse, getModule, localize } from "@/lib/content/load";
import { nextStep, type AttemptOutcome, type Milestone, type NextAction } from "./next-step";
import { findProgress, moduleUnits } from "./queries";
import { requiredUnitIds } from "./rules";

export interface NextStepView {
  milestone: Milestone;
  action: NextAction;
  /** The title of the unit or module the action leads to (next-unit, next-module). */
  title: string | null;
  /** The verification code of the issued certificate (certificate, issued). */
  certificateCode: string | null;
}

export async function getNextStepView(
  user: { id: string; track: Track; professionalCategory: ProfessionalCategory | null },
  outcome: AttemptOutcome,
  locale: string,
  now: Date,
): Promise<NextStepView | null> {
  const course = getCourse();
  const [rows, certificates] = await Promise.all([findProgress(user.id), findOwnCertificates(user.id)]);
  const certificate = certificates.find((c) => c.track === user.track) ?? null;
  // The learner's path: a unit their category does not require is never offered as the next one (the
  // unit just attempted stays, so its result always has a next step).
  const paths = new Map(
    moduleUnits().map((m) => [m.slug, new Set(requiredUnitIds(m, user.track, user.professionalCategory))]),
  );
  const step = nextStep({
    outline: {
      modules: course.modules.map((m) => ({
        slug: m.slug,
        open: getAvailability(m.releaseDate, now).status === "open",
        units: m.units
          .filter((u) => u.id === outcome.unitId || (paths.get(m.slug)?.has(u.id) ?? true))
          .map((u) => ({ id: u.id, slug: u.slug })),
      })),
      tracks: course.tracks,
    },
    track: user.track,
    validated: new Set(rows.filter((r) => r.validatedAt).map((r) => r.unitId)),
    outcome,
    certificateIssued: certificate !== null,
  });
  if (!step) return null;
  const { action } = step;
  let title: string | null = null;
  if (action.kind === "next-unit" || action.kind === "next-module") {
    const mod = getModule(action.moduleSlug);
    const unit = mod?.units.find((u) => u.slug === action.unitSlug);
    title =
      action.kind === "next-module"
        ? mod
          ? localize(mod.title, locale)
          : null
        : unit
          ? localize(unit.title, locale)
          : null;
  }
  return { ...step, title, certificateCode: certificate?.verificationCode ?? null };
}
