import { LOGO_ARC, LOGO_CABIN, LOGO_LAMP, LOGO_TILE, LOGO_TOWER, LOGO_VIEWBOX } from "@/lib/brand/logo";

// Vigie's own mark: a lookout tower under a watchful arc (original drawing, no official emblem). The
// certificate PDF draws the same shapes (lib/brand/logo.ts).
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox={`0 0 ${LOGO_VIEWBOX} ${LOGO_VIEWBOX}`} className={className} aria-hidden="true" focusable="false">
      <rect width={LOGO_TILE.size} height={LOGO_TILE.size} rx={LOGO_TILE.radius} fill={LOGO_TILE.fill} />
      <path d={LOGO_ARC.d} fill="none" stroke={LOGO_ARC.stroke} strokeWidth={LOGO_ARC.width} strokeLinecap="round" />
      <path d={LOGO_TOWER.d} fill={LOGO_TOWER.fill} />
      <rect
        x={LOGO_CABIN.x}
        y={LOGO_CABIN.y}
        width={LOGO_CABIN.width}
        height={LOGO_CABIN.height}
        rx={LOGO_CABIN.radius}
        fill={LOGO_CABIN.fill}
      />
      <circle cx={LOGO_LAMP.cx} cy={LOGO_LAMP.cy} r={LOGO_LAMP.r} fill={LOGO_LAMP.fill} />
    </svg>
  );
}
