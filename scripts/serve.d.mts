export function serveDir(dir: string, port?: number): Promise<{ url: string; close: () => void }>;
