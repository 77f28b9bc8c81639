# Multi-stage image: build with the full toolchain, run the Next.js standalone server as a non-root user.
# Every stage runs the production runtime, Node 24 LTS (the major CI's second run tests; see README
# "Supported Node"): dependencies installed, Next built and server run on the same Node.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/patches ./scripts/patches
RUN npm ci --no-audit --no-fund

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npm run content:check && npm run build

FROM ${NODE_IMAGE} AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system vigie && useradd --system --gid vigie --home /app vigie
COPY --from=build --chown=vigie:vigie /app/.next/standalone ./
COPY --from=build --chown=vigie:vigie /app/.next/static ./.next/static
COPY --from=build --chown=vigie:vigie /app/public ./public
COPY --from=build --chown=vigie:vigie /app/content ./content
COPY --from=build --chown=vigie:vigie /app/db/migrations ./db/migrations
COPY --from=build --chown=vigie:vigie /app/node_modules/dejavu-fonts-ttf/ttf ./node_modules/dejavu-fonts-ttf/ttf
USER vigie
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# Heap capped so memory stays bounded under load (measured peak < 400 MB); scale with more instances.
# The young generation is pinned too: Node 24 sizes it from the host's memory (64 MB semi-spaces on
# a large host, 16 MB on Node 20), which took the peak past 400 MB (427 MB; 317 MB pinned).
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=16", "server.js"]
