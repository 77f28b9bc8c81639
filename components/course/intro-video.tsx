import { getTranslations } from "next-intl/server";
import { VideoCaptions } from "./video-captions";
import { VideoPreload } from "./video-preload";
import { localeOf } from "@/lib/i18n/locales";

interface IntroVideoProps {
  locale: string;
  title: string;
  video: { sources: Record<"fr" | "en", { webm: string; mp4: string }>; captions: { fr: string; en: string } };
  transcript: string[];
}

/** The unit's intro video narrated in the page's language (WebM, then MP4 for Safari), captions in both, shown under the picture. */
export async function IntroVideo({ locale, title, video, transcript }: IntroVideoProps) {
  const t = await getTranslations({ locale, namespace: "learn" });
  const source = video.sources[localeOf(locale)];
  return (
    <section aria-labelledby="video-title" className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="video-title" className="text-xl font-bold text-brand-900">
        {t("videoTitle")}
      </h2>
      <video
        id="intro-video"
        key={source.webm}
        controls
        preload="none"
        className="mt-3 aspect-video w-full rounded-t bg-black print:hidden noscript:rounded"
        aria-label={t("videoLabel", { title })}
      >
        <source src={source.webm} type="video/webm" />
        <source src={source.mp4} type="video/mp4" />
        <track kind="captions" src={video.captions.fr} srcLang="fr" label="Français" default={locale === "fr"} />
        <track kind="captions" src={video.captions.en} srcLang="en" label="English" default={locale === "en"} />
        {t("videoUnsupported")}
      </video>
      <VideoCaptions videoId="intro-video" lang={localeOf(locale)} />
      <VideoPreload videoId="intro-video" />
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-brand-800">{t("transcript")}</summary>
        <div className="mt-2 space-y-2 text-slate-800">
          {transcript.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      </details>
    </section>
  );
}
