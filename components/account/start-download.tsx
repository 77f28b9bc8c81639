"use client";

// Back from /reauth on the way to the data download: starts it once, then drops ?export=start from the
// address so that reloading the page does not download again. Without JavaScript, the button is there.
import { useEffect, useRef } from "react";

export function StartDownload({ href }: { href: string }) {
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const url = new URL(window.location.href);
    url.searchParams.delete("export");
    window.history.replaceState(window.history.state, "", url);
    window.location.assign(href);
  }, [href]);
  return null;
}
