import { screen } from '@testing-library/preact';
import { PlanView } from '../../components/plan/PlanView';
import type { Services } from '../../components/ui/context';
import type { Locale } from '../../lib/i18n';
import { createMeeting, type Attendee, type Meeting } from '../../lib/schema';
import { memoryFeed, seedMeeting } from './fixtures';
import { renderWithEnv } from './render';

/** The meeting's day (Monday 2 March 2026, 16:00 in Shanghai). */
export const NOW = new Date('2026-03-02T08:00:00Z');

const person = (
  name: string,
  department: string,
  attendance: Attendee['attendance'] = 'present',
  substitute = '',
) => ({ id: `p-${name}`, name, department, attendance, substitute }) as Attendee;

/** The seed meeting with its sign-in list, topics and a decision (docs/DOMAIN.md). */
export function planMeeting(): Meeting {
  const seed = seedMeeting();
  return createMeeting(new Date(seed.createdAt), {
    ...seed,
    id: undefined,
    attendees: [
      person('张三', '市场部'),
      person('王五', '财务部'),
      person('赵六', '销售部', 'absent', '钱七'),
      person('小张', '产品部'),
    ],
    topics: [
      {
        id: 't1',
        title: 'Q2推广活动复盘',
        ownerName: '',
        ownerDepartment: '',
        plannedMinutes: 20,
        materials: '',
      },
      {
        id: 't2',
        title: '部门分工与资源协调',
        ownerName: '',
        ownerDepartment: '',
        plannedMinutes: 20,
        materials: '',
      },
    ],
    decisions: [
      {
        id: 'd1',
        topicId: 't2',
        pointId: null,
        text: '同意增加生产线,财务部在本周五前提交成本报告',
      },
    ],
  } as Partial<Meeting>);
}

export async function renderPlan(
  meeting: Meeting = planMeeting(),
  options: { locale?: Locale; services?: Partial<Services> } = {},
) {
  const changes = memoryFeed();
  const view = await renderWithEnv(<PlanView meeting={meeting} edit={() => {}} />, {
    locale: options.locale ?? 'zh-CN',
    services: { now: () => NOW, changes, ...options.services },
  });
  await screen.findByRole('heading', {
    name: options.locale === 'en' ? 'Action plan' : '行动计划表',
  });
  return { ...view, meeting, changes };
}

export const input = (label: string | RegExp) =>
  screen.getByLabelText(label) as HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement;
