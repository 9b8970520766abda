// Log settings for the server: structured (pino), and no query strings in request lines,
// since a confirmation link carries its token there.
function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

export function loggerOptions(level: string) {
  return {
    level,
    serializers: {
      req: (request: { method?: string; url?: string; ip?: string }) => ({
        method: request.method,
        url: pathOnly(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
