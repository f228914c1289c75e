import { describe, expect, it } from 'vitest';
import { parsePrefix, prefixHint, type Prefixed } from '../../../lib/capture/prefix';

const departments = ['市场部', '市场运营部', '销售部', '产品部', '财务部', 'Sales', 'Marketing'];
const speakers = ['张三', '张三丰', '李四', 'Alice'];

describe('parsePrefix', () => {
  it.each<[string, Prefixed]>([
    ['@市场部 转化率低于目标', { department: '市场部', text: '转化率低于目标' }],
    ['@市场运营部 拉新成本高', { department: '市场运营部', text: '拉新成本高' }],
    ['@市场部转化率低于目标', { department: '市场部', text: '转化率低于目标' }],
    ['@市场 转化率低于目标', { department: '市场部', text: '转化率低于目标' }],
    ['＠销售部：客户反馈有偏差', { department: '销售部', text: '客户反馈有偏差' }],
    ['@法务部 合同需审核', { department: '法务部', text: '合同需审核' }],
    ['@sales pipeline is thin', { department: 'Sales', text: 'pipeline is thin' }],
    ['@Salesforce data is stale', { department: 'Salesforce', text: 'data is stale' }],
    ['#张三 落地页引导不清晰', { speaker: '张三', text: '落地页引导不清晰' }],
    ['@@李四 需加强信息同步', { speaker: '李四', text: '需加强信息同步' }],
    ['#张三丰 太极推广', { speaker: '张三丰', text: '太极推广' }],
    ['#王五 新人发言', { speaker: '王五', text: '新人发言' }],
    ['!分歧 渠道优先级', { kind: 'disagreement', text: '渠道优先级' }],
    ['！共识 Q3先做线上', { kind: 'consensus', text: 'Q3先做线上' }],
    ['!决议同意增加生产线', { kind: 'decision', text: '同意增加生产线' }],
    ['!分歧：渠道优先级', { kind: 'disagreement', text: '渠道优先级' }],
    ['!观 数据口径不一致', { kind: 'viewpoint', text: '数据口径不一致' }],
    ['!x budget split', { kind: 'disagreement', text: 'budget split' }],
    ['!C ship in Q3', { kind: 'consensus', text: 'ship in Q3' }],
    ['!d go ahead', { kind: 'decision', text: 'go ahead' }],
    ['!decision go ahead', { kind: 'decision', text: 'go ahead' }],
    ['共识: Q3推广前统一口径', { kind: 'consensus', text: 'Q3推广前统一口径' }],
    [
      '决议：财务部在本周五前提交成本报告',
      { kind: 'decision', text: '财务部在本周五前提交成本报告' },
    ],
    ['Disagreement: who owns the budget', { kind: 'disagreement', text: 'who owns the budget' }],
    [
      '@市场部 #张三 !观点 线上曝光量达200万',
      { department: '市场部', speaker: '张三', kind: 'viewpoint', text: '线上曝光量达200万' },
    ],
    [
      '分歧: #李四 @销售 渠道',
      { department: '销售部', speaker: '李四', kind: 'disagreement', text: '渠道' },
    ],
    ['@市场部 @销售部 需要协调', { department: '市场部', text: '@销售部 需要协调' }],
    ['#1 优先级最高', { text: '#1 优先级最高' }],
    ['@ 空的前缀', { text: '@ 空的前缀' }],
    ['!dx 不是标记', { text: '!dx 不是标记' }],
    ['转化率低于目标 @市场部', { text: '转化率低于目标 @市场部' }],
    ['  @产品部   ', { department: '产品部', text: '' }],
    ['', { text: '' }],
  ])('%s', (input, expected) => {
    expect(parsePrefix(input, departments, speakers)).toEqual(expected);
  });
});

describe('prefixHint', () => {
  const values = (input: string, locale?: 'zh-CN' | 'en') =>
    prefixHint(input, departments, speakers, locale)?.candidates.map((c) => c.insert) ?? null;

  it.each<[string, string[] | null]>([
    ['@', departments.map((d) => `@${d} `)],
    ['@市场', ['@市场部 ', '@市场运营部 ']],
    ['@运营', ['@市场运营部 ']],
    ['@sa', ['@Sales ']],
    ['#张', ['#张三 ', '#张三丰 ']],
    ['@@a', ['@@Alice ']],
    ['@市场部 #李', ['#李四 ']],
    ['!', ['!观点 ', '!分歧 ', '!共识 ', '!决议 ']],
    ['!共', ['!共识 ']],
    ['!d', ['!disagreement ', '!decision ']],
    ['@市场部 转化率', null],
    ['转化率 @市', null],
    ['@市场部 @销', null],
    ['@法务', null],
    ['@市场部 ', null],
  ])('%s', (input, expected) => {
    expect(values(input)).toEqual(expected);
  });

  it('offers the kinds in the UI language when nothing is typed yet', () => {
    expect(values('!', 'en')).toEqual([
      '!viewpoint ',
      '!disagreement ',
      '!consensus ',
      '!decision ',
    ]);
  });

  it('says where the token starts, so the UI replaces only it', () => {
    expect(prefixHint('@市场部 #张', departments, speakers)).toMatchObject({
      field: 'speaker',
      from: 5,
      query: '张',
    });
  });
});
