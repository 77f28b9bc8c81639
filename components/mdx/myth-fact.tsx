"use client";

// Cards that flip from a received idea to the fact. Both faces are in the DOM; the face
// that is turned away is aria-hidden, and each flip is announced in a polite live region.
// The 3D flip only animates under `motion-safe:`. Without JavaScript both faces are shown.
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { CheckIcon, CrossIcon, FlipIcon } from "./icons";
import { secondaryButton } from "./styles";

export type MythFactCard = { myth: string; fact: string };

export type MythFactProps = { cards: MythFactCard[] };

export function MythFact({ cards }: MythFactProps) {
  const t = useTranslations("mdx");
  const id = useId();
  const list = Array.isArray(cards) ? cards : [];
  const [flipped, setFlipped] = useState<readonly boolean[]>(() => list.map(() => false));
  const [announcement, setAnnouncement] = useState("");

  const total = list.length;
  if (total === 0) return null;

  function flip(index: number) {
    const card = list[index];
    if (!card) return;
    const next = !(flipped[index] ?? false);
    setFlipped(list.map((_, i) => (i === index ? next : (flipped[i] ?? false))));
    setAnnouncement(
      next ? t("mythFact.announceFact", { text: card.fact }) : t("mythFact.announceMyth", { text: card.myth }),
    );
  }

  return (
    <div className="not-prose my-8 text-slate-900">
      <ul className="grid gap-4 sm:grid-cols-2">
        {list.map((card, index) => {
          const isFlipped = flipped[index] ?? false;
          const facesId = `${id}-card-${index}`;
          return (
            <li key={index} className="perspective-[1200px]">
              <div
                role="group"
                aria-label={t("mythFact.cardLabel", { current: index + 1, total })}
                className="flex h-full flex-col gap-3"
              >
                <div
                  id={facesId}
                  className={`grid flex-1 transform-3d motion-safe:transition-transform motion-safe:duration-500 motion-safe:ease-in-out ${
                    isFlipped ? "rotate-y-180 print:rotate-y-0" : ""
                  }`}
                >
                  <div
                    aria-hidden={isFlipped}
                    className="col-start-1 row-start-1 flex flex-col rounded-lg border border-slate-300 bg-white p-4 shadow-sm backface-hidden"
                  >
                    <p className="flex items-center gap-2 text-sm font-semibold tracking-wide text-red-800 uppercase">
                      <CrossIcon />
                      {t("mythFact.myth")}
                    </p>
                    <p className="mt-2 text-slate-900">{card.myth}</p>
                  </div>
                  <div
                    aria-hidden={!isFlipped}
                    className="col-start-1 row-start-1 flex rotate-y-180 flex-col rounded-lg border border-green-800 bg-green-50 p-4 shadow-sm backface-hidden noscript:row-start-2 noscript:mt-3 noscript:rotate-y-0 print:row-start-2 print:mt-3 print:rotate-y-0"
                  >
                    <p className="flex items-center gap-2 text-sm font-semibold tracking-wide text-green-800 uppercase">
                      <CheckIcon />
                      {t("mythFact.fact")}
                    </p>
                    <p className="mt-2 text-slate-900">{card.fact}</p>
                  </div>
                </div>
                <button
                  type="button"
                  aria-controls={facesId}
                  onClick={() => flip(index)}
                  className={`${secondaryButton} self-start noscript:hidden print:hidden`}
                >
                  <FlipIcon />
                  {isFlipped ? t("mythFact.showMyth") : t("mythFact.showFact")}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
