import { createContext } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { robotsTranslate, type RobotsTranslate } from '../../lib/i18n/robots';
import { browserRobotServices } from '../../lib/adapters/robot-services';
import type { RobotServices } from '../../lib/robots/services';
import { useEnv } from '../ui/context';

/**
 * The group robots' services, provided by the pages that show them (settings; the panel's
 * review tab) like the panel's `EnvContext`; tests provide fakes. A page that provides none (the
 * panel) gets the adapters on its own storage, as components/review/context.ts does.
 */
export const RobotsContext = createContext<RobotServices | null>(null);

export function useRobots(): { robots: RobotServices; rt: RobotsTranslate } {
  const robots = useContext(RobotsContext) ?? browserRobotServices();
  const { locale } = useEnv();
  const rt = useMemo(() => robotsTranslate(locale), [locale]);
  return { robots, rt };
}
