// One Vite server in middleware mode, for the benchmarks that load the project's TypeScript
// modules in Node (`server.ssrLoadModule('/utils/…')`). Close it when done.
import { createServer } from 'vite';

export function ssrServer(root) {
  return createServer({
    root,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': root } },
    server: { middlewareMode: true, hmr: false },
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}
