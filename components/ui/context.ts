import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Env } from '../../lib/env';

export type { Env, Services } from '../../lib/env';

export const EnvContext = createContext<Env | null>(null);

export function useEnv(): Env {
  const env = useContext(EnvContext);
  if (!env) throw new Error('EnvContext missing');
  return env;
}
