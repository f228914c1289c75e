import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_EXPORT_PREFS, type ExportPrefs } from '../../lib/adapters/export-prefs';
import type { Distribution, VersionList } from '../../lib/adapters/versions';
import { useReviewServices } from './context';

/** The review tab's stored state: earlier versions, sent marks and export preferences. */
export function useReviewData(meetingId: string, version: number) {
  const { versions, prefs } = useReviewServices();
  const [list, setList] = useState<VersionList>({ versions: [], damaged: 0 });
  const [sent, setSent] = useState<Distribution[]>([]);
  const [preferences, setPreferences] = useState<ExportPrefs>(DEFAULT_EXPORT_PREFS);

  const reload = useCallback(() => {
    void versions.list(meetingId).then(setList, () => {});
    void versions.distributions(meetingId).then(setSent, () => {});
  }, [versions, meetingId]);

  useEffect(reload, [reload, version]);
  useEffect(() => {
    void prefs.read().then(setPreferences, () => {});
    // The settings page edits the same preferences: an open review tab follows it.
    return prefs.watch(setPreferences);
  }, [prefs]);

  const savePrefs = async (patch: Partial<ExportPrefs>) =>
    setPreferences(await prefs.update(patch));

  // The first mark of this version met the deadline; later ones (more groups) are where else it went.
  const distribution = sent.find((d) => d.version === version) ?? null;
  return {
    versions: list,
    distribution,
    distributedAt: distribution?.at ?? null,
    /** Every sent mark of the meeting, oldest first (each version's, each group's). */
    sent,
    prefs: preferences,
    savePrefs,
    reload,
  };
}
