import { useLocale, useTranslations } from "next-intl";
import { WithFrenchTerms } from "@/components/course/french-terms";

interface QuestionHeaderProps {
  /** A fieldset's legend in the quiz form; a heading in the result's detail. */
  as: "legend" | "h3";
  n: number;
  prompt: string;
  className?: string;
}

/** "Question n. Prompt": one header for a question wherever it is shown, so the quiz and its result read alike. */
export function QuestionHeader({ as: Tag, n, prompt, className = "" }: QuestionHeaderProps) {
  const t = useTranslations("quiz");
  const locale = useLocale();
  return (
    <Tag className={`font-semibold text-brand-900 ${className}`}>
      {t("questionN", { n })} <WithFrenchTerms text={prompt} locale={locale} />
    </Tag>
  );
}
