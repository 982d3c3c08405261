# syntax=docker/dockerfile:1.7
# One image for the API, the worker and the migrate job; the command picks which.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY apps/api/package.json apps/api/
COPY apps/worker/package.json apps/worker/
COPY libs/domain/package.json libs/domain/
COPY libs/runtime/package.json libs/runtime/
COPY libs/db/package.json libs/db/
COPY libs/search/package.json libs/search/
COPY libs/extract/package.json libs/extract/
COPY libs/temporal/package.json libs/temporal/
COPY libs/national-db/package.json libs/national-db/
COPY workflows/package.json workflows/
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run typecheck

FROM deps AS prod-deps
# The embedded engines (optional dependencies) serve `npm start` only; production uses the services.
RUN npm ci --omit=dev --omit=optional

FROM ${NODE_IMAGE} AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie poppler-utils tini \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json /app/tsconfig.json /app/tsconfig.base.json /app/.swcrc ./
COPY --from=build /app/apps ./apps
COPY --from=build /app/libs ./libs
COPY --from=build /app/workflows ./workflows
COPY --from=build /app/scripts ./scripts
USER node
ENTRYPOINT ["/usr/bin/tini", "--", "node", "--enable-source-maps", "-r", "@swc-node/register"]
CMD ["apps/api/src/main.ts"]
