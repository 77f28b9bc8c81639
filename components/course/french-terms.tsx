// Text from the course (quiz, resources) with its French terms marked lang="fr" when the page is in
// another language; on a French page the text is returned as it is. Server- and client-compatible.
import { Fragment } from "react";
import { splitFrenchTerms } from "@/lib/content/french-terms";

export function WithFrenchTerms({ text, locale }: { text: string; locale: string }) {
  if (locale === "fr") return text;
  return splitFrenchTerms(text).map((segment, i) =>
    segment.french ? (
      <span key={i} lang="fr">
        {segment.text}
      </span>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}
