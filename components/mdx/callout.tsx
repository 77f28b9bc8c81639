// A highlighted box (information, warning, key idea). Server-compatible: no client state.
import type { ReactNode } from "react";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { InfoIcon, KeyIcon, WarningIcon } from "./icons";

export type CalloutKind = "info" | "warning" | "key";

export type CalloutProps = {
  kind?: CalloutKind;
  title?: string;
  children?: ReactNode;
};

const variants: Record<CalloutKind, { box: string; accent: string; Icon: typeof InfoIcon }> = {
  info: { box: "border-brand-800 bg-brand-50", accent: "text-brand-800", Icon: InfoIcon },
  warning: { box: "border-red-800 bg-red-50", accent: "text-red-800", Icon: WarningIcon },
  key: { box: "border-green-800 bg-green-50", accent: "text-green-800", Icon: KeyIcon },
};

function isKind(value: unknown): value is CalloutKind {
  return value === "info" || value === "warning" || value === "key";
}

export function Callout({ kind = "info", title, children }: CalloutProps) {
  const t = useTranslations("mdx");
  const id = useId();
  const safeKind: CalloutKind = isKind(kind) ? kind : "info";
  const { box, accent, Icon } = variants[safeKind];
  const kindId = `${id}-kind`;
  const titleId = `${id}-title`;
  const kindLabel =
    safeKind === "warning" ? t("callout.warning") : safeKind === "key" ? t("callout.key") : t("callout.info");

  return (
    <aside
      aria-labelledby={title ? `${kindId} ${titleId}` : kindId}
      className={`my-6 rounded-lg border border-l-4 p-4 text-slate-900 sm:p-5 ${box}`}
    >
      <div className="flex gap-3">
        <span className={`mt-0.5 ${accent}`}>
          <Icon />
        </span>
        <div className="min-w-0 flex-1">
          <p id={kindId} className={`m-0 text-sm font-semibold tracking-wide uppercase ${accent}`}>
            {kindLabel}
          </p>
          {title ? (
            <p id={titleId} className="mt-1 mb-0 font-semibold text-slate-900">
              {title}
            </p>
          ) : null}
          {children ? (
            <div className="mt-2 text-slate-900 [&>*]:my-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
          ) : null}
        </div>
      </div>
    </aside>
  );
}
