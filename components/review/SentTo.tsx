import { useMemo } from 'preact/hooks';
import type { Distribution } from '../../lib/adapters/versions';
import { formatDateTime } from '../../lib/format';
import { robotsTranslate } from '../../lib/i18n/robots';
import { ROBOT_PLATFORMS, type RobotPlatform } from '../../lib/robots/types';
import { useEnv } from '../ui/context';

const isPlatform = (p: string): p is RobotPlatform => ROBOT_PLATFORMS.includes(p as RobotPlatform);

/**
 * Where and when minutes went to a group ("已于…发到飞书群“项目群”。"), from its sent mark
 * (lib/outbox/distribution.ts). The robots' own catalogue: this is in the review tab's lazy
 * chunk, so the panel's start-up strings do not grow.
 */
export function SentTo(props: { mark: Distribution }) {
  const { locale } = useEnv();
  const rt = useMemo(() => robotsTranslate(locale), [locale]);
  const { channel, at } = props.mark;
  if (!channel) return null;
  const platform = isPlatform(channel.platform)
    ? rt(`groups.platform.${channel.platform}`)
    : channel.platform;
  return <>{rt('send.sentTo', { at: formatDateTime(at, locale), name: channel.name, platform })}</>;
}
