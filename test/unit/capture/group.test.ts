import { describe, expect, it } from 'vitest';
import { groupByTopic, groupTopicPoints, type TopicDiscussion } from '../../../lib/capture/group';
import type { TalkingPoint, Topic } from '../../../lib/schema';
import { newTopic } from '../../../lib/agenda';

let seq = 0;
const point = (
  topicId: string | null,
  department: string,
  kind: TalkingPoint['kind'],
  text: string,
): TalkingPoint => ({
  id: `p${++seq}`,
  topicId,
  department,
  speaker: '',
  kind,
  text,
  at: new Date(Date.UTC(2026, 2, 2, 6, 0, seq)).toISOString(),
});

/** The discussion as lines, the way the minutes read. */
const lines = (d: TopicDiscussion) => [
  ...d.viewpoints.map((g) => `${g.department}: ${g.points.map((p) => p.text).join(' / ')}`),
  ...d.disagreements.map((p) => `分歧: ${p.text}`),
  ...d.consensus.map((p) => `共识: ${p.text}`),
  ...d.decisions.map((p) => `决议: ${p.text}`),
];

describe('groupTopicPoints', () => {
  it('reads the seed example in the template order', () => {
    const points = [
      point(
        't1',
        '市场部',
        'viewpoint',
        'Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。',
      ),
      point('t2', '财务部', 'viewpoint', '预算需要重新核算'),
      point(
        't1',
        '销售部',
        'viewpoint',
        '客户反馈推广信息与产品实际功能存在偏差,需加强产品与市场信息同步。',
      ),
      point('t1', '', 'consensus', 'Q3推广前,市场部与产品部对齐推广信息。'),
    ];
    expect(lines(groupTopicPoints(points, 't1'))).toEqual([
      '市场部: Q2线上曝光量达200万,但转化率低于目标(3% vs 目标5%),主要原因是落地页引导不清晰。',
      '销售部: 客户反馈推广信息与产品实际功能存在偏差,需加强产品与市场信息同步。',
      '共识: Q3推广前,市场部与产品部对齐推广信息。',
    ]);
  });

  it.each<[string, [string, TalkingPoint['kind'], string][], string[]]>([
    ['nothing', [], []],
    [
      'departments in the order they first gave a view',
      [
        ['销售部', 'viewpoint', 's1'],
        ['市场部', 'disagreement', 'd1'],
        ['市场部', 'viewpoint', 'm1'],
        ['销售部', 'viewpoint', 's2'],
      ],
      ['销售部: s1 / s2', '市场部: m1', '分歧: d1'],
    ],
    [
      'kinds after the views, each in the order taken down',
      [
        ['市场部', 'decision', 'x1'],
        ['市场部', 'consensus', 'c1'],
        ['销售部', 'disagreement', 'd1'],
        ['市场部', 'disagreement', 'd2'],
        ['财务部', 'decision', 'x2'],
      ],
      ['分歧: d1', '分歧: d2', '共识: c1', '决议: x1', '决议: x2'],
    ],
    [
      'no department is a group of its own; spaces do not split one',
      [
        ['', 'viewpoint', 'a'],
        [' 市场部 ', 'viewpoint', 'b'],
        ['市场部', 'viewpoint', 'c'],
      ],
      [': a', '市场部: b / c'],
    ],
  ])('%s', (_label, rows, expected) => {
    const points = rows.map(([dept, kind, text]) => point('t', dept, kind, text));
    expect(lines(groupTopicPoints(points, 't'))).toEqual(expected);
  });

  it('groups 2,000 points correctly in one pass', () => {
    const departments = Array.from({ length: 12 }, (_, i) => `部门${i}`);
    const kinds = [
      'viewpoint',
      'viewpoint',
      'disagreement',
      'viewpoint',
      'consensus',
      'decision',
    ] as const;
    const points = Array.from({ length: 2000 }, (_, i) =>
      point(i % 4 === 3 ? 'other' : 't', departments[(i * 7) % 12]!, kinds[i % 6]!, `#${i}`),
    );
    const mine = points.filter((p) => p.topicId === 't');
    const d = groupTopicPoints(points, 't');

    const firstSeen = [
      ...new Set(mine.filter((p) => p.kind === 'viewpoint').map((p) => p.department)),
    ];
    expect(d.viewpoints.map((g) => g.department)).toEqual(firstSeen);
    for (const g of d.viewpoints) {
      expect(g.points).toEqual(
        mine.filter((p) => p.kind === 'viewpoint' && p.department === g.department),
      );
    }
    expect(d.disagreements).toEqual(mine.filter((p) => p.kind === 'disagreement'));
    expect(d.consensus).toEqual(mine.filter((p) => p.kind === 'consensus'));
    expect(d.decisions).toEqual(mine.filter((p) => p.kind === 'decision'));
    const total =
      d.viewpoints.reduce((n, g) => n + g.points.length, 0) +
      d.disagreements.length +
      d.consensus.length +
      d.decisions.length;
    expect(total).toBe(mine.length);
    expect(d.count).toBe(1500);
  });
});

describe('groupByTopic', () => {
  const topics: Topic[] = ['议题1', '议题2', '议题3'].map((title, i) =>
    newTopic({ id: `t${i + 1}`, title }),
  );

  it('lists every agenda topic in order, then the points filed nowhere', () => {
    const points = [
      point('t2', '销售部', 'viewpoint', 'b'),
      point(null, '市场部', 'viewpoint', 'loose'),
      point('t1', '市场部', 'viewpoint', 'a'),
      point('gone', '财务部', 'consensus', 'deleted topic'),
    ];
    expect(
      groupByTopic(points, topics).map((s) => [s.topic?.title ?? null, lines(s.discussion)]),
    ).toEqual([
      ['议题1', ['市场部: a']],
      ['议题2', ['销售部: b']],
      ['议题3', []],
      [null, ['市场部: loose', '共识: deleted topic']],
    ]);
  });

  it('has no trailing section when every point has its topic', () => {
    expect(groupByTopic([point('t1', '', 'viewpoint', 'a')], topics)).toHaveLength(3);
  });

  it('accounts for all of 2,000 points', () => {
    const points = Array.from({ length: 2000 }, (_, i) =>
      point(i % 5 === 4 ? null : `t${(i % 3) + 1}`, `部门${i % 9}`, 'viewpoint', `#${i}`),
    );
    const sections = groupByTopic(points, topics);
    expect(sections.map((s) => s.discussion.count)).toEqual([534, 533, 533, 400]);
  });
});
