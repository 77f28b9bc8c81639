// Vigie's own mark: a lookout tower under a watchful arc (original drawing, no official emblem).
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" className={className} aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="9" fill="#1a325b" />
      <path
        d="M8 17c3.5-5 7.5-7.5 12-7.5S28.5 12 32 17"
        fill="none"
        stroke="#f5b942"
        strokeWidth="2.6"
        strokeLinecap="round"
      />
      <path d="M15 32l3-13h4l3 13z" fill="#ffffff" />
      <rect x="16" y="16" width="8" height="3" rx="1" fill="#ffffff" />
      <circle cx="20" cy="13.2" r="1.8" fill="#f5b942" />
    </svg>
  );
}
