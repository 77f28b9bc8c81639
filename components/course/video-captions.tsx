"use client";
import { useEffect, useState } from "react";

/**
 * Shows the active caption under the picture instead of over it. Browsers draw captions on the
 * bottom of the frame, and on a 360 px phone two lines of captions hide a third of the slide's own
 * text. The tracks are switched to "hidden" (cues still fire) and the chosen one is written below;
 * choosing a language or "off" in the player's own menu still works. In full screen, where the area
 * below is not visible, the browser draws the captions again. Without JavaScript, the browser's
 * captions stay as they are and this area is not shown.
 */
export function VideoCaptions({ videoId, lang }: { videoId: string; lang: string }) {
  const [caption, setCaption] = useState({ text: "", lang });

  useEffect(() => {
    const video = document.getElementById(videoId);
    if (!(video instanceof HTMLVideoElement)) return;
    const tracks = Array.from(video.textTracks);
    let chosen: TextTrack | undefined = tracks.find((track) => track.mode === "showing") ?? tracks[0];

    const render = () => {
      const cues = chosen && chosen.mode !== "disabled" ? Array.from(chosen.activeCues ?? []) : [];
      const text = cues.map((cue) => (cue as VTTCue).text.replace(/\s+/g, " ")).join(" ");
      setCaption({ text, lang: chosen?.language || lang });
    };
    const placeCaptions = () => {
      const fullScreen = document.fullscreenElement === video;
      for (const track of tracks) {
        if (track === chosen) track.mode = fullScreen ? "showing" : "hidden";
        else if (track.mode !== "disabled") track.mode = "disabled";
      }
      render();
    };
    // The player's menu switches a track to "showing" (a choice) or every track to "disabled" (off).
    const followMenu = () => {
      if (document.fullscreenElement === video) return;
      const shown = tracks.find((track) => track.mode === "showing");
      if (shown) {
        chosen = shown;
        placeCaptions();
      } else if (tracks.every((track) => track.mode === "disabled")) {
        chosen = undefined;
        render();
      }
    };

    placeCaptions();
    for (const track of tracks) track.addEventListener("cuechange", render);
    video.textTracks.addEventListener("change", followMenu);
    document.addEventListener("fullscreenchange", placeCaptions);
    return () => {
      for (const track of tracks) track.removeEventListener("cuechange", render);
      video.textTracks.removeEventListener("change", followMenu);
      document.removeEventListener("fullscreenchange", placeCaptions);
    };
  }, [videoId, lang]);

  return (
    <p
      lang={caption.lang}
      aria-hidden="true"
      data-testid="video-caption"
      className="min-h-[3.25rem] rounded-b bg-black px-3 py-1 text-center text-base leading-snug text-white print:hidden noscript:hidden"
    >
      {caption.text}
    </p>
  );
}
