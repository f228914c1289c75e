import { DavError, type DavClient } from './client';

/**
 * 测试连接: what the archive and sync will do, done once on a throw-away folder under the root:
 * create a folder, write a file, read it back byte for byte, find it in a listing, delete it.
 * The first step that fails is reported with the server's own error; the probe is cleaned up
 * whenever it got as far as being created.
 */
export const CHECK_STEPS = ['folder', 'write', 'read', 'list', 'delete'] as const;
export type CheckStep = (typeof CHECK_STEPS)[number];

export type CheckResult = { ok: true } | { ok: false; step: CheckStep; error: DavError };

const asDavError = (e: unknown): DavError =>
  e instanceof DavError ? e : new DavError('network', null, (e as Error)?.message ?? String(e));

export async function checkConnection(
  client: DavClient,
  root: readonly string[],
  probeId: string,
  onStep: (step: CheckStep) => void = () => {},
): Promise<CheckResult> {
  const folder = [...root, `.minutes-check-${probeId}`];
  const file = [...folder, '检查-probe.txt'];
  const content = `纪要侧栏 connection check ${probeId}`;
  let step: CheckStep = 'folder';
  let created = false;
  try {
    onStep(step);
    await client.ensureFolder(folder);
    created = true;
    onStep((step = 'write'));
    await client.put(file, content, { ifNoneMatch: true });
    onStep((step = 'read'));
    const { bytes } = await client.get(file);
    if (new TextDecoder().decode(bytes) !== content) {
      throw new DavError('server', null, 'the file read back differs from the one written');
    }
    onStep((step = 'list'));
    const listed = await client.list(folder);
    if (!listed.some((e) => !e.collection && e.path.endsWith(`/${file.at(-1)}`))) {
      throw new DavError('server', null, 'the file written is missing from the listing');
    }
    onStep((step = 'delete'));
    await client.remove(folder, true);
    return { ok: true };
  } catch (e) {
    if (created && step !== 'delete') await client.remove(folder, true).catch(() => {});
    return { ok: false, step, error: asDavError(e) };
  }
}
