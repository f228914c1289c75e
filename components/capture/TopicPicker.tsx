import type { Topic } from '../../lib/schema';
import { useEnv } from '../ui/context';

export const NO_TOPIC = '';

/**
 * Which topic the points go to: the one the agenda timer runs, unless the recorder picks another
 * (then a button goes back to following the timer).
 */
export function TopicPicker(props: {
  topics: readonly Topic[];
  value: string | null;
  timerTopicId: string | null;
  following: boolean;
  onPick: (topicId: string | null) => void;
  onFollow: () => void;
}) {
  const { t } = useEnv();
  const { topics, timerTopicId } = props;
  return (
    <div class="row cap-topic">
      <div class="field">
        <label for="cap-topic">{t('capture.topic')}</label>
        <select
          id="cap-topic"
          value={props.value ?? NO_TOPIC}
          onChange={(e) => props.onPick(e.currentTarget.value || null)}
        >
          {topics.map((topic, i) => (
            <option key={topic.id} value={topic.id}>
              {`${i + 1}. ${topic.title || t('capture.untitledTopic')}`}
              {topic.id === timerTopicId ? ` · ${t('capture.topic.timer')}` : ''}
            </option>
          ))}
          <option value={NO_TOPIC}>{t('capture.topic.none')}</option>
        </select>
      </div>
      {!props.following && timerTopicId && (
        <button type="button" class="cap-follow" onClick={props.onFollow}>
          {t('capture.topic.follow')}
        </button>
      )}
    </div>
  );
}
