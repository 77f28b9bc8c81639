// Pictograms of the intro videos: original line drawings in a 100 × 100 box, in the style of the
// lesson icons (round caps, one stroke weight). Each returns SVG elements; the caller places and scales them.

const S = `fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"`;

type Draw = (ink: string, accent: string) => string;

const person = (x: number, y: number, ink: string, scale = 1): string =>
  `<circle cx="${x}" cy="${y}" r="${7 * scale}" fill="${ink}"/>` +
  `<path d="M${x} ${y + 10 * scale}v${22 * scale}M${x - 12 * scale} ${y + 18 * scale}h${24 * scale}M${x} ${y + 32 * scale}l-${9 * scale} ${20 * scale}M${x} ${y + 32 * scale}l${9 * scale} ${20 * scale}" stroke="${ink}" ${S}/>`;

export const PICTOGRAMS = {
  /** A figure running towards an exit door. */
  escape: (ink, accent) =>
    `<rect x="68" y="18" width="24" height="66" rx="2" stroke="${accent}" ${S}/>` +
    `<path d="M80 40v8" stroke="${accent}" ${S}/>` +
    `<circle cx="40" cy="22" r="7" fill="${ink}"/>` +
    `<path d="M36 32l-6 24M33 42l14 6M33 42l-14 4M30 56l12 10 -2 16M30 56l-12 12 -8 0" stroke="${ink}" ${S}/>`,
  /** A figure crouched behind a closed, barred door. */
  hide: (ink, accent) =>
    `<rect x="14" y="14" width="44" height="72" rx="2" stroke="${ink}" ${S}/>` +
    `<path d="M8 52h56" stroke="${accent}" stroke-width="9" stroke-linecap="round"/>` +
    `<circle cx="78" cy="50" r="7" fill="${ink}"/>` +
    `<path d="M76 60l-4 14 12 0M74 66l12-4M72 74l-6 12M84 74l4 12" stroke="${ink}" ${S}/>`,
  /** A phone with signal waves. */
  alert: (ink, accent) =>
    `<rect x="30" y="16" width="36" height="68" rx="6" stroke="${ink}" ${S}/>` +
    `<path d="M42 74h12" stroke="${ink}" ${S}/>` +
    `<path d="M74 30a18 18 0 0 1 0 24M82 22a30 30 0 0 1 0 40" stroke="${accent}" ${S}/>`,
  /** Two figures side by side (acting together). */
  together: (ink, accent) => person(34, 26, ink) + person(66, 26, accent),
  /** A crowd: three figures. */
  crowd: (ink, accent) => person(22, 30, ink, 0.85) + person(50, 24, accent, 0.95) + person(78, 30, ink, 0.85),
  /** Scales of justice (the law). */
  law: (ink, accent) =>
    `<path d="M50 14v70M30 84h40M20 28h60M20 28l-12 28h24zM80 28l-12 28h24z" stroke="${ink}" ${S}/>` +
    `<circle cx="50" cy="18" r="5" fill="${accent}"/>`,
  /** A target (a chosen, symbolic target). */
  target: (ink, accent) =>
    `<circle cx="50" cy="50" r="36" stroke="${ink}" ${S}/><circle cx="50" cy="50" r="20" stroke="${ink}" ${S}/>` +
    `<circle cx="50" cy="50" r="7" fill="${accent}"/>`,
  /** An eye (watching, noticing). */
  eye: (ink, accent) =>
    `<path d="M8 50q42-44 84 0q-42 44-84 0z" stroke="${ink}" ${S}/><circle cx="50" cy="50" r="12" fill="${accent}"/>`,
  /** A bag left alone. */
  bag: (ink, accent) =>
    `<rect x="18" y="38" width="64" height="46" rx="6" stroke="${ink}" ${S}/>` +
    `<path d="M38 38v-10h24v10" stroke="${ink}" ${S}/>` +
    `<path d="M50 8v12M50 26v2" stroke="${accent}" stroke-width="8" stroke-linecap="round"/>`,
  /** A CCTV camera on its bracket. */
  camera: (ink, accent) =>
    `<path d="M14 30l56 14-6 18-56-14z" stroke="${ink}" ${S}/><path d="M60 58l6 18h20" stroke="${ink}" ${S}/>` +
    `<circle cx="24" cy="42" r="4" fill="${accent}"/>`,
  /** A building with columns (a town hall, the State). */
  building: (ink, accent) =>
    `<path d="M10 36l40-22 40 22zM18 42v34M36 42v34M64 42v34M82 42v34M8 84h84" stroke="${ink}" ${S}/>` +
    `<path d="M50 24v0" stroke="${accent}" stroke-width="10" stroke-linecap="round"/>`,
  /** A shield with a tick (protection). */
  shield: (ink, accent) =>
    `<path d="M50 10l34 12v24c0 22-16 36-34 44-18-8-34-22-34-44V22z" stroke="${ink}" ${S}/>` +
    `<path d="M34 50l11 11 21-23" stroke="${accent}" ${S}/>`,
  /** A globe (abroad). */
  globe: (ink, accent) =>
    `<circle cx="50" cy="50" r="36" stroke="${ink}" ${S}/><path d="M14 50h72M50 14c-16 20-16 52 0 72M50 14c16 20 16 52 0 72" stroke="${ink}" ${S}/>` +
    `<circle cx="74" cy="28" r="6" fill="${accent}"/>`,
  /** A house (at home, in France). */
  home: (ink, accent) =>
    `<path d="M14 48l36-32 36 32M24 40v44h52v-44" stroke="${ink}" ${S}/><rect x="42" y="60" width="16" height="24" fill="${accent}"/>`,
  /** A heart with a pulse line (cardiac arrest). */
  heart: (ink, accent) =>
    `<path d="M50 84C20 62 10 46 14 32c4-14 24-20 36-4 12-16 32-10 36 4 4 14-6 30-36 52z" stroke="${ink}" ${S}/>` +
    `<path d="M22 50h16l6-12 8 24 6-12h20" stroke="${accent}" ${S}/>`,
  /** A hand pressing on a wound (stopping bleeding). */
  press: (ink, accent) =>
    `<path d="M12 80h76" stroke="${ink}" ${S}/><path d="M30 80q20-14 40 0" fill="${accent}"/>` +
    `<path d="M40 64V26M52 64V20M64 64V26M28 64V40M28 64h42q6-8 6-20" stroke="${ink}" ${S}/>`,
  /** A clock (note the time, a set hour). */
  clock: (ink, accent) =>
    `<circle cx="50" cy="50" r="36" stroke="${ink}" ${S}/><path d="M50 28v22l14 10" stroke="${accent}" ${S}/>`,
  /** A siren with sound waves. */
  siren: (ink, accent) =>
    `<path d="M30 74V48a20 20 0 0 1 40 0v26M22 82h56" stroke="${ink}" ${S}/>` +
    `<path d="M50 10v10M18 22l7 7M82 22l-7 7" stroke="${accent}" ${S}/>`,
  /** A document with lines (a declaration, a plan, written procedures). */
  document: (ink, accent) =>
    `<path d="M24 10h36l18 18v62H24z" stroke="${ink}" ${S}/><path d="M36 44h30M36 58h30M36 72h18" stroke="${accent}" ${S}/>`,
  /** A loudspeaker (messages to the public). */
  speaker: (ink, accent) =>
    `<path d="M14 40h16l26-20v60L30 60H14z" stroke="${ink}" ${S}/><path d="M68 38a16 16 0 0 1 0 24M78 28a30 30 0 0 1 0 44" stroke="${accent}" ${S}/>`,
  /** A concrete block in front of a car (anti-ramming obstacle). */
  barrier: (ink, accent) =>
    `<path d="M8 66h40l-6-16H22zM12 66v8M44 66v8" stroke="${ink}" ${S}/>` +
    `<rect x="58" y="40" width="34" height="40" rx="3" fill="${accent}"/>`,
  /** A magnifying glass (assessing, reviewing). */
  search: (ink, accent) =>
    `<circle cx="42" cy="42" r="26" stroke="${ink}" ${S}/><path d="M62 62l24 24" stroke="${accent}" stroke-width="10" stroke-linecap="round"/>`,
  /** A speech bubble crossed out (no rumours, nothing posted). */
  noPost: (ink, accent) =>
    `<path d="M14 20h72v46H44l-18 16V66H14z" stroke="${ink}" ${S}/><path d="M16 86L86 12" stroke="${accent}" stroke-width="8" stroke-linecap="round"/>`,
  /** Raised open hands (when the police arrive). */
  hands: (ink, accent) =>
    `<path d="M26 86V52l-8-22M26 52l4-30M26 52l10-28M26 52l14-20" stroke="${ink}" ${S}/>` +
    `<path d="M74 86V52l8-22M74 52l-4-30M74 52l-10-28M74 52l-14-20" stroke="${accent}" ${S}/>`,
  /** A first-aid cross. */
  firstAid: (ink, accent) =>
    `<rect x="14" y="14" width="72" height="72" rx="12" stroke="${ink}" ${S}/><path d="M50 30v40M30 50h40" stroke="${accent}" stroke-width="12" stroke-linecap="round"/>`,
} satisfies Record<string, Draw>;

export type PictogramName = keyof typeof PICTOGRAMS;

/** A pictogram at (x, y), `size` pixels square. */
export function pictogram(
  name: PictogramName,
  x: number,
  y: number,
  size: number,
  ink: string,
  accent: string,
): string {
  const draw: Draw = PICTOGRAMS[name];
  return `<g transform="translate(${x} ${y}) scale(${(size / 100).toFixed(4)})">${draw(ink, accent)}</g>`;
}
