import Link from "next/link";
import "./globals.css";
import { sourceSans } from "./fonts";

// Requests outside any locale (rare: the proxy adds one) get a bilingual page.
export default function GlobalNotFound() {
  return (
    <html lang="fr" className={sourceSans.variable}>
      <body className="font-sans">
        <main className="mx-auto max-w-3xl px-4 py-16">
          <h1 className="text-3xl font-bold">Page introuvable</h1>
          <p lang="en" className="mt-2 text-xl">
            Page not found
          </p>
          <p className="mt-6">
            <Link className="underline" href="/fr">
              Accueil
            </Link>{" "}
            ·{" "}
            <Link className="underline" href="/en" lang="en">
              Home
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
