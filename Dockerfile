# syntax=docker/dockerfile:1
# Coalition Graph: the API and the web app on one port (4000).
# Uses Neo4j when NEO4J_URI is set (see docker-compose.yml), otherwise the embedded engine in /data.

FROM node:20-bookworm-slim AS base
WORKDIR /app
# The lockfile covers all workspaces, so every workspace's package.json is needed to install.
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/

# Everything, to build the web app (Vite) and the server (tsc).
FROM base AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The server's production dependencies only (argon2 and LadybugDB come prebuilt for glibc x64/arm64).
FROM base AS prod-deps
RUN npm ci --omit=dev --workspace server --no-audit --no-fund && npm cache clean --force

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY package.json ./
COPY server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/web/dist web/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/graphql',{method:'POST',headers:{'content-type':'application/json'},body:'{\"query\":\"{__typename}\"}'}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server/dist/main.js"]
