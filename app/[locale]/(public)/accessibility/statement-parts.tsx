// What the accessibility statement's MDX cannot know by itself: the operator's contact (ACCESSIBILITY_CONTACT).
import { env } from "@/lib/env.mjs";

export function AccessibilityContact() {
  return <a href={`mailto:${env.ACCESSIBILITY_CONTACT}`}>{env.ACCESSIBILITY_CONTACT}</a>;
}
