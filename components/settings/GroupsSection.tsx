import { useEffect, useState } from 'preact/hooks';
import type { GroupView } from '../../lib/robots/groups';
import { testMessages } from '../../lib/robots/compose';
import type { RobotsView } from '../../lib/robots/services';
import { useEnv } from '../ui/context';
import { useRobots } from '../robots/context';
import { batchResult, useBatch } from '../robots/useBatch';
import { GroupForm } from './GroupForm';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * 群机器人: the groups minutes and reminders can be posted to, the privacy line, a test message
 * per group (asking for exactly that robot host's permission inside the click), and the series'
 * default groups. Secrets are shown only as "已设置".
 */
export function GroupsSection() {
  const { locale, services } = useEnv();
  const { robots, rt } = useRobots();
  const [view, setView] = useState<RobotsView | null>(null);
  const [editing, setEditing] = useState<GroupView | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const [test, setTest] = useState<{ group: GroupView; ids: string[] } | null>(null);
  const tested = batchResult(useBatch(test?.ids ?? []));
  useEffect(() => {
    void robots.read().then(setView);
    return robots.watch(setView);
  }, [robots]);
  if (!view) return null;

  const sendTest = (group: GroupView) => {
    // No await before the request: the browser only prompts inside the user's click.
    void robots.requestHost(group.webhook).then(async (granted) => {
      if (!granted) return setMessage(rt('groups.denied', { host: hostOf(group.webhook) }));
      const messages = testMessages(group, locale, services.now());
      await robots.enqueue(messages);
      setMessage('');
      setTest({ group, ids: messages.map((m) => m.id) });
    });
  };
  const testText = () => {
    if (!test) return '';
    const name = test.group.name;
    switch (tested.state) {
      case 'sent':
        return rt('groups.testSent', { name });
      case 'failed':
        return rt('groups.testFailed', { name, error: tested.error });
      case 'unknown':
        return rt('groups.testUnknown', { name });
      default:
        return rt('groups.testing', { name });
    }
  };
  const done = (saved: GroupView | null) => {
    setEditing(null);
    if (saved) setMessage(rt('groups.saved', { name: saved.name }));
  };
  const series = Object.entries(view.seriesDefaults);
  const nameOf = (id: string) => view.groups.find((g) => g.id === id)?.name ?? '';

  return (
    <section class="card groups" aria-labelledby="s-groups">
      <h2 id="s-groups">{rt('groups.heading')}</h2>
      <p class="privacy">{rt('groups.privacy')}</p>
      {view.groups.length === 0 && <p class="hint">{rt('groups.none')}</p>}
      <ul class="group-list">
        {view.groups.map((g) => (
          <li key={g.id}>
            {editing !== 'new' && editing?.id === g.id ? (
              <GroupForm group={g} onDone={done} />
            ) : (
              <div class="group-row">
                <span class="group-name">{g.name}</span>
                <span class="hint">
                  {rt(`groups.platform.${g.platform}`)} · {hostOf(g.webhook)}
                  {g.platform !== 'wecom' &&
                    ` · ${rt('groups.secret')}: ${rt(g.hasSecret ? 'groups.secret.set' : 'groups.secret.none')}`}
                  {g.keyword && ` · ${rt('groups.keyword')}: ${g.keyword}`}
                  {g.digest &&
                    ` · ${rt('groups.digest')}: ${rt(`weekday.${g.digest.day}` as 'weekday.0')} ${g.digest.time}`}
                </span>
                <button
                  type="button"
                  aria-label={rt('groups.testLabel', { name: g.name })}
                  onClick={() => sendTest(g)}
                >
                  {rt('groups.test')}
                </button>
                <button
                  type="button"
                  aria-label={rt('groups.edit', { name: g.name })}
                  onClick={() => setEditing(g)}
                >
                  ✎
                </button>
                <button
                  type="button"
                  aria-label={rt('groups.remove', { name: g.name })}
                  onClick={() =>
                    void robots
                      .remove(g.id)
                      .then(() => setMessage(rt('groups.removed', { name: g.name })))
                  }
                >
                  ✕
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <GroupForm group={null} onDone={done} />
      ) : (
        <button type="button" disabled={view.groups.length >= 50} onClick={() => setEditing('new')}>
          {rt('groups.add')}
        </button>
      )}
      <p role="status" class="hint">
        {message || testText()}
      </p>
      <h3>{rt('groups.series')}</h3>
      <p class="hint">{rt('groups.series.hint')}</p>
      {series.length === 0 ? (
        <p class="hint">{rt('groups.series.none')}</p>
      ) : (
        <ul class="hosts">
          {series.map(([name, id]) => (
            <li key={name}>
              <span>
                {name} → {nameOf(id)}
              </span>
              <button
                type="button"
                aria-label={rt('groups.series.remove', { series: name })}
                onClick={() => void robots.setSeriesDefault(name, null)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
