// Vitest runs server modules directly; the real "server-only" guard would throw outside React Server Components.
export {};
