// The instance's addresses (CONTACT_EMAIL, DPO_EMAIL), shown in the footer and in the text pages'
// MDX (<ContactEmail />, <DpoEmail />): one setting, every page. Public pages are static, so a change
// takes effect at the next build.
import { env } from "@/lib/env.mjs";

function MailLink({ address, className }: { address: string; className?: string }) {
  return (
    <a href={`mailto:${address}`} className={className}>
      {address}
    </a>
  );
}

export function ContactEmail({ className }: { className?: string }) {
  return <MailLink address={env.CONTACT_EMAIL} className={className} />;
}

export function DpoEmail({ className }: { className?: string }) {
  return <MailLink address={env.DPO_EMAIL} className={className} />;
}
