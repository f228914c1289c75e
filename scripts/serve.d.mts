export function serveDir(
  dir: string,
  options?: { port?: number; prefix?: string },
): Promise<{ url: string; close: () => void }>;
