# The portal in a container: built with the dev tools, run as an unprivileged user with /data
# (the database, the key file, captured mail) as the only writable path.
#   docker build -t delist-portal .
#   docker run -p 3000:3000 -v delist-data:/data -e PUBLIC_URL=https://delist.example.net delist-portal
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_PATH=/data/delist.db MAIL_CAPTURE_DIR=/data/mail
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY migrations ./migrations
COPY views ./views
COPY public ./public
RUN mkdir /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=4", "--single-threaded-gc", "dist/src/server.js"]
