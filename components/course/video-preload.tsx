"use client";
import { useEffect } from "react";

/**
 * The intro video is served with preload="none", then asks for its metadata (duration, first frame) once
 * the page has loaded. With preload="metadata" from the start, Chromium fetched the whole clip (up to
 * 0.7 MB) alongside the stylesheet, the scripts and the fonts: on a phone's network it delayed the lesson's
 * first paint (Lighthouse counted it before the largest paint). Without JavaScript the video still plays.
 */
export function VideoPreload({ videoId }: { videoId: string }) {
  useEffect(() => {
    const preload = () => {
      const video = document.getElementById(videoId);
      if (video instanceof HTMLVideoElement && video.preload === "none") video.preload = "metadata";
    };
    if (document.readyState === "complete") {
      preload();
      return;
    }
    window.addEventListener("load", preload, { once: true });
    return () => window.removeEventListener("load", preload);
  }, [videoId]);
  return null;
}
