# syntax=docker/dockerfile:1
# The same steps as the README: npm ci, npm run build, npm start.

FROM node:22-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles when no prebuilt binary matches.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
# npm ci also builds (the package's prepare script), as in the README.
RUN npm ci && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_URL=sqlite:/app/data/paxminer.sqlite \
    PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# `paxminer manifest` prints it with the addresses filled in.
COPY manifest.yml ./
# The chart font: slim images have none.
COPY assets ./assets
# Mount a volume here for SQLite (`-v paxminer-data:/app/data`); a bind mount must be writable by
# the image's user, node (uid 1000). No VOLUME line: on MySQL (compose) nothing needs one.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
