import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import type { ItemFormState } from './formState';

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Where the task came from: the agenda topic and the decision (决议) it carries out. */
export function SourceFields(props: {
  meeting: Meeting;
  state: ItemFormState;
  set: (patch: Partial<ItemFormState>) => void;
}) {
  const { meeting, state, set } = props;
  const { t } = useEnv();
  const decisions = meeting.decisions.filter(
    (d) =>
      d.id === state.sourceDecisionId ||
      !state.sourceTopicId ||
      d.topicId === state.sourceTopicId ||
      d.topicId === null,
  );
  return (
    <div class="row">
      <div class="field">
        <label for="item-topic">{t('plan.field.sourceTopicId')}</label>
        <select
          id="item-topic"
          value={state.sourceTopicId}
          onChange={(e) => set({ sourceTopicId: e.currentTarget.value })}
        >
          <option value="">{t('plan.field.none')}</option>
          {meeting.topics.map((topic, i) => (
            <option key={topic.id} value={topic.id}>
              {`${i + 1}. ${clip(topic.title || t('plan.untitledTopic'))}`}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="item-decision">{t('plan.field.sourceDecisionId')}</label>
        <select
          id="item-decision"
          value={state.sourceDecisionId}
          onChange={(e) => {
            const id = e.currentTarget.value;
            const topicId = meeting.decisions.find((d) => d.id === id)?.topicId;
            set(
              topicId && !state.sourceTopicId
                ? { sourceDecisionId: id, sourceTopicId: topicId }
                : { sourceDecisionId: id },
            );
          }}
        >
          <option value="">{t('plan.field.none')}</option>
          {decisions.map((d, i) => (
            <option key={d.id} value={d.id}>
              {`${i + 1}. ${clip(d.text || t('plan.untitledDecision'))}`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
