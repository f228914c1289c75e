import { useEffect, useState } from 'preact/hooks';
import { davErrorText, problemText, type WebDavTranslate } from '../../lib/i18n/webdav';
import { ARCHIVE_FORMATS } from '../../lib/webdav/archive';
import { checkConnection } from '../../lib/webdav/check';
import { resolveConnection, type WebDavConnection } from '../../lib/webdav/connection';
import { checkServerUrl } from '../../lib/webdav/url';
import { useReviewServices } from '../review/context';
import { useEnv } from '../ui/context';
import { useWebDavText } from '../ui/useWebDavText';

/**
 * 共享文件夹 (WebDAV): server, user, app password, root folder, what to archive and when.
 * 测试连接 asks for exactly the server's origin (inside the click), stores the connection, then
 * creates, writes, reads, lists and deletes a probe (lib/webdav/check.ts).
 */
export function WebDavSection() {
  const w = useWebDavText();
  const { webdav } = useReviewServices();
  const [form, setForm] = useState<WebDavConnection | null>(null);
  const [password, setPassword] = useState('');
  useEffect(() => {
    void Promise.all([webdav.read(), webdav.readPassword()]).then(([c, p]) => {
      setForm(c);
      setPassword(p);
    });
  }, [webdav]);
  if (!w || !form) return null;
  return <Form w={w} initial={form} initialPassword={password} />;
}

function Form(props: { w: WebDavTranslate; initial: WebDavConnection; initialPassword: string }) {
  const { w } = props;
  const { t, services } = useEnv();
  const { webdav } = useReviewServices();
  const [form, setForm] = useState(props.initial);
  const [password, setPassword] = useState(props.initialPassword);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<WebDavConnection>) => setForm((f) => ({ ...f, ...patch }));
  const server = checkServerUrl(form.url);
  const insecure = server.ok ? server.insecure : null;

  const save = async () => {
    const { checked: _, ...rest } = form;
    const stored = await webdav.update(rest);
    await webdav.writePassword(password);
    return stored;
  };

  const test = () => {
    const resolved = resolveConnection(form, password);
    if (!resolved.ok) return setMessage({ text: problemText(w, resolved.problem), error: true });
    const { origin } = resolved.options;
    setBusy(true);
    // No await before the request: the browser only prompts inside the user's click.
    void webdav
      .requestOrigin(origin)
      .then(async (granted) => {
        if (!granted) return setMessage({ text: w('denied', { origin }), error: true });
        await save();
        const probe = `${services.now().getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
        const result = await checkConnection(
          webdav.clientFor(resolved.options),
          resolved.root,
          probe,
          (step) => setMessage({ text: w('testing', { step: w(`step.${step}`) }) }),
        );
        if (result.ok) {
          const at = services.now().toISOString();
          await webdav.update({ checked: { at, url: form.url, user: form.user } });
          setMessage({ text: w('test.ok') });
        } else {
          const reason = davErrorText(w, result.error);
          setMessage({
            text: w('test.failed', { step: w(`step.${result.step}`), reason }),
            error: true,
          });
        }
      })
      .catch((e: unknown) => setMessage({ text: String((e as Error)?.message ?? e), error: true }))
      .finally(() => setBusy(false));
  };

  const field = (id: string, label: string, input: preact.ComponentChildren) => (
    <div class="field">
      <label for={id}>{label}</label>
      {input}
    </div>
  );

  return (
    <section class="card" id="webdav" aria-labelledby="s-webdav">
      <h2 id="s-webdav" tabIndex={-1}>
        {w('heading')}
      </h2>
      <p class="hint">{w('hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save().then(() => setMessage({ text: w('saved') }));
        }}
      >
        {field(
          's-dav-url',
          w('url'),
          <input
            id="s-dav-url"
            // Text, not url: the browser's check would refuse `dav.jianguoyun.com/dav` on Save,
            // which lib/webdav/url.ts reads as https.
            type="text"
            inputMode="url"
            spellcheck={false}
            value={form.url}
            placeholder="https://dav.jianguoyun.com/dav/"
            autocomplete="url"
            onInput={(e) => set({ url: e.currentTarget.value, allowInsecure: false })}
          />,
        )}
        {insecure && (
          <div class="banner warn">
            <p id="s-dav-insecure">{w(`insecure.${insecure}`)}</p>
            <label class="check">
              <input
                type="checkbox"
                aria-describedby="s-dav-insecure"
                checked={form.allowInsecure}
                onChange={(e) => set({ allowInsecure: e.currentTarget.checked })}
              />
              {w('insecure.accept')}
            </label>
          </div>
        )}
        {field(
          's-dav-user',
          w('user'),
          <input
            id="s-dav-user"
            value={form.user}
            autocomplete="username"
            onInput={(e) => set({ user: e.currentTarget.value })}
          />,
        )}
        {field(
          's-dav-password',
          w('password'),
          <input
            id="s-dav-password"
            type="password"
            value={password}
            autocomplete="new-password"
            aria-describedby="s-dav-password-hint"
            onInput={(e) => setPassword(e.currentTarget.value)}
          />,
        )}
        <p id="s-dav-password-hint" class="hint">
          {w('password.hint')}
        </p>
        {field(
          's-dav-root',
          w('root'),
          <input
            id="s-dav-root"
            value={form.root}
            onInput={(e) => set({ root: e.currentTarget.value })}
          />,
        )}
        <fieldset class="checks">
          <legend>{w('formats')}</legend>
          {ARCHIVE_FORMATS.map((f) => (
            <label class="check" key={f}>
              <input
                type="checkbox"
                checked={form.formats.includes(f)}
                onChange={(e) =>
                  set({
                    formats: e.currentTarget.checked
                      ? [...form.formats, f]
                      : form.formats.filter((x) => x !== f),
                  })
                }
              />
              {t(`review.format.${f}`)}
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            checked={form.archiveOnApproval}
            onChange={(e) => set({ archiveOnApproval: e.currentTarget.checked })}
          />
          {w('onApproval')}
        </label>
        <div class="row">
          <button type="submit">{w('save')}</button>{' '}
          <button type="button" class="primary" disabled={busy} onClick={test}>
            {w('test')}
          </button>
        </div>
      </form>
      <p role="status" class={message?.error ? 'banner error' : 'hint'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
