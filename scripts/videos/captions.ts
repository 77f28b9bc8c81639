// Caption text: line wrapping that keeps French spaced punctuation with its word, and WebVTT files.

export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** Words, with French spaced punctuation (« … », " :", " ?") kept on the same line as its word. */
function words(text: string): string[] {
  const out: string[] = [];
  let pendingOpen = "";
  for (const word of text.split(" ")) {
    if (/^[«“]$/.test(word)) {
      pendingOpen += `${word}\u00a0`;
    } else if (/^[:;?!»”]+$/.test(word) && out.length > 0) {
      out[out.length - 1] += `\u00a0${word}`;
    } else {
      out.push(pendingOpen + word);
      pendingOpen = "";
    }
  }
  if (pendingOpen) out.push(pendingOpen.trim());
  return out;
}

/** Greedy word wrap; a word longer than the width is cut. */
function greedyWrap(tokens: string[], width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of tokens) {
    let rest = word;
    while (rest.length > width) {
      if (current) lines.push(current);
      current = "";
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!current) current = rest;
    else if (current.length + 1 + rest.length <= width) current += ` ${rest}`;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Wraps to at most `width` characters, with lines of even length (no lone last word). */
export function wrap(text: string, width: number): string[] {
  const tokens = words(text);
  const greedy = greedyWrap(tokens, width);
  for (let w = Math.ceil(text.length / greedy.length); w < width; w++) {
    const lines = greedyWrap(tokens, w);
    if (lines.length === greedy.length) return lines;
  }
  return greedy;
}

function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, size = 2): string => String(n).padStart(size, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

function vttText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function toVtt(cues: Cue[]): string {
  const blocks = cues.map((cue, i) => `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${vttText(cue.text)}`);
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/** English cues: the lines share the French speech span in proportion to their length, in order. */
export function spreadCues(lines: string[], start: number, end: number): Cue[] {
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  const startMs = Math.round(start * 1000);
  const spanMs = Math.round(end * 1000) - startMs;
  let used = 0;
  return lines.map((text) => {
    const from = startMs + Math.round((spanMs * used) / total);
    used += text.length;
    const to = startMs + Math.round((spanMs * used) / total);
    return { start: from / 1000, end: to / 1000, text };
  });
}
