/**
 * The bundled demo meeting page (`npm start`, end-to-end tests) is served from this path on
 * 127.0.0.1; the overlay is injected there as on a real meeting site. Loopback only.
 */
export const DEMO_PATH = '/minutes-demo/';
export const DEMO_MATCHES = ['http://127.0.0.1/minutes-demo/*'] as const;
