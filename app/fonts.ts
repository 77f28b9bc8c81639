import localFont from "next/font/local";

/**
 * Source Sans 3 (latin subset, the three weights the pages use), self-hosted through next/font: hashed,
 * cached for a year and preloaded from every page's <head>, so the text is usually drawn once, in this
 * font. When it arrives after the first paint (a slow phone), the text drawn meanwhile in the metric-
 * matched fallback of app/globals.css ("Source Sans Fallback") keeps its line breaks: nothing moves.
 * next/font's own fallback is off: it only knows Arial, which Android phones and Linux do not have.
 */
export const sourceSans = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2", weight: "400" },
    { path: "../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2", weight: "600" },
    { path: "../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2", weight: "700" },
  ],
  display: "swap",
  variable: "--font-source-sans",
  adjustFontFallback: false,
  preload: false,
  fallback: ["Source Sans Fallback"],
});
