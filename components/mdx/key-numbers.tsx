// A static grid of numbers to remember. Server-compatible. An item with `href` (a tel: or sms: link for a
// phone number) makes its number a link, so it can be dialled from a phone.
import { focusRing } from "./styles";

export type KeyNumbersProps = {
  items: { number: string; label: string; href?: string }[];
};

export function KeyNumbers({ items }: KeyNumbersProps) {
  if (!items || items.length === 0) return null;
  return (
    <dl className="not-prose my-8 grid grid-cols-[repeat(auto-fit,minmax(min(100%,10rem),1fr))] gap-4">
      {items.map((item, index) => (
        <div
          key={`${index}-${item.number}`}
          className="flex flex-col rounded-lg border border-slate-300 bg-white p-4 shadow-sm"
        >
          <dt className="text-3xl leading-tight font-bold break-words text-brand-800 tabular-nums">
            {item.href ? (
              <a
                href={item.href}
                className={`rounded-sm underline decoration-2 underline-offset-4 hover:decoration-4 ${focusRing}`}
              >
                {item.number}
              </a>
            ) : (
              item.number
            )}
          </dt>
          <dd className="mt-1 text-sm text-slate-700">{item.label}</dd>
        </div>
      ))}
    </dl>
  );
}
