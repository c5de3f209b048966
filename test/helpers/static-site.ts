/**
 * A host site on its own origin (another port of 127.0.0.1), as a municipal web server would be: it serves
 * the HTML pages a test gives it, so widgets on them call the CMS cross-origin, through its CORS allow-list.
 */
import { createServer, type Server } from 'node:http';

export interface StaticSite {
  origin: string;
  /** Adds or replaces a page, e.g. `site.put('/directory.html', html)`. Returns its URL. */
  put(path: string, html: string): string;
  close(): Promise<void>;
}

export async function startStaticSite(): Promise<StaticSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://site').pathname);
    if (page === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the static site has no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    put(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A minimal host page with a language and a landmark: the module script (unless the body has it) and the body. */
export function hostPage(options: { lang: string; title: string; scriptSrc?: string; body: string }): string {
  return `<!doctype html>
<html lang="${options.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${options.title}</title>
<link rel="icon" href="data:,">
${options.scriptSrc ? `<script type="module" src="${options.scriptSrc}"></script>` : ''}</head>
<body><main><h1>${options.title}</h1>
${options.body}
</main></body>
</html>`;
}
