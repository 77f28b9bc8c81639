// The allow-list of components a unit's MDX may use (passed to mdx-bundler's
// getMDXComponent: <Component components={mdxComponents} />).
// Callout and KeyNumbers are server-compatible; the others are client components.
// The client components read their labels from the `mdx` messages namespace, which must
// therefore be available to NextIntlClientProvider.
import { Abbr } from "./abbr";
import { Callout } from "./callout";
import { Checklist } from "./checklist";
import { KeyNumbers } from "./key-numbers";
import { MythFact } from "./myth-fact";
import { ReflexStepper } from "./reflex-stepper";
import { Scenario } from "./scenario";
import { SpotTheSigns } from "./spot-the-signs";
import { ThreatLevels } from "./threat-levels";
import { Timeline } from "./timeline";

export const mdxComponents = {
  Abbr,
  Callout,
  KeyNumbers,
  ThreatLevels,
  ReflexStepper,
  SpotTheSigns,
  Timeline,
  MythFact,
  Checklist,
  Scenario,
};

export type MdxComponentName = keyof typeof mdxComponents;

export {
  Abbr,
  Callout,
  Checklist,
  KeyNumbers,
  MythFact,
  ReflexStepper,
  Scenario,
  SpotTheSigns,
  ThreatLevels,
  Timeline,
};
