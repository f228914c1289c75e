import { describe, expect, it } from 'vitest';
import { mergeRoster, parseRoster, type ParsedAttendee } from '../../../lib/capture/roster';
import type { Attendee } from '../../../lib/schema';

/** One attendee on one line: `name[department]`, then 决策, 缺席(reason), 代X when set. */
const show = (a: Omit<Attendee, 'id'>) =>
  [
    `${a.name}[${a.department}]`,
    a.role === 'decision' ? '决策' : '',
    a.attendance === 'absent' ? `缺席(${a.absenceReason})` : '',
    a.substitute ? `代${a.substitute}` : '',
  ]
    .filter(Boolean)
    .join(' ');

const read = (input: string) => {
  const { attendees, unparsed } = parseRoster(input);
  return { people: attendees.map(show), unparsed: unparsed.map((u) => `${u.line}:${u.text}`) };
};

describe('parseRoster', () => {
  it.each<[string, string, string[], string[]?]>([
    // the template's own two examples, exactly
    [
      'template: departments',
      '市场部:张三、李四;销售部:王五',
      ['张三[市场部]', '李四[市场部]', '王五[销售部]'],
    ],
    ['template: absentee', '赵六(销售部,出差)——由钱七代参会', ['赵六[销售部] 缺席(出差) 代钱七']],
    [
      'template table row',
      '市场部: A、B; 销售部: C、D; 产品部: E; 财务部: F',
      ['A[市场部]', 'B[市场部]', 'C[销售部]', 'D[销售部]', 'E[产品部]', 'F[财务部]'],
    ],
    [
      'full-width colons and semicolons',
      '市场部：张三、李四；销售部：王五',
      ['张三[市场部]', '李四[市场部]', '王五[销售部]'],
    ],
    [
      'a department per line',
      '市场部:张三,李四\n销售部:王五',
      ['张三[市场部]', '李四[市场部]', '王五[销售部]'],
    ],
    [
      'mixed name separators',
      '市场部: 张三，李四/王五 ; 销售部:赵六',
      ['张三[市场部]', '李四[市场部]', '王五[市场部]', '赵六[销售部]'],
    ],
    [
      'spaces between names',
      '市场部:  张三 李四   王五',
      ['张三[市场部]', '李四[市场部]', '王五[市场部]'],
    ],
    [
      'department on its own line',
      '市场部:\n张三\n李四\n\n销售部:\n王五',
      ['张三[市场部]', '李四[市场部]', '王五[销售部]'],
    ],
    [
      'heading with the list after it',
      '参会部门及人员: 市场部: 张三、李四',
      ['张三[市场部]', '李四[市场部]'],
    ],
    [
      'headings switch to absentees',
      '参会部门及人员:\n市场部: 张三\n缺席人员及原因:\n赵六(销售部,出差)\n周九',
      ['张三[市场部]', '赵六[销售部] 缺席(出差)', '周九[] 缺席()'],
    ],
    ['absentees: none', '参会部门及人员: 市场部: 张三\n缺席人员及原因: 无', ['张三[市场部]']],
    [
      'substitute: —由X代参会',
      '赵六(销售部,出差)—由钱七代参会',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    [
      'substitute: -由X代参会',
      '赵六(销售部,出差)-由钱七代参会',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    ['substitute: 由X代参会', '赵六(销售部,出差)由钱七代参会', ['赵六[销售部] 缺席(出差) 代钱七']],
    ['substitute: X代参会', '赵六(销售部,出差) 钱七代参会', ['赵六[销售部] 缺席(出差) 代钱七']],
    [
      'substitute: 代参会人:X',
      '赵六(销售部,出差) 代参会人:钱七',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    [
      'substitute inside the parentheses',
      '赵六(销售部,出差,由钱七代参会)',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    [
      'spaced like the method text',
      '赵六 (销售部, 出差) — 由 钱七 代参会',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    [
      'full-width parentheses',
      '赵六（销售部，出差）——由钱七代参会',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    // Every common way of writing a substitute gives the absentee, the reason and the substitute.
    [
      'substitute: X(代Y) in a department list',
      '销售部:王五、钱七(代赵六)',
      ['王五[销售部]', '赵六[销售部] 缺席() 代钱七'],
    ],
    [
      'substitute: X（代Y） full width',
      '销售部：王五、钱七（代赵六）',
      ['王五[销售部]', '赵六[销售部] 缺席() 代钱七'],
    ],
    ['substitute: X(代Y,reason)', '钱七(代赵六,出差)', ['赵六[] 缺席(出差) 代钱七']],
    ['substitute: X(代替Y)', '销售部: 钱七(代替赵六)', ['赵六[销售部] 缺席() 代钱七']],
    ['substitute: X代Y', '销售部:王五、钱七代赵六', ['王五[销售部]', '赵六[销售部] 缺席() 代钱七']],
    ['substitute: X代Y参会', '钱七代赵六参会', ['赵六[] 缺席() 代钱七']],
    [
      'substitute: X 代 Y, spaced',
      '销售部: 王五 钱七 代 赵六',
      ['王五[销售部]', '赵六[销售部] 缺席() 代钱七'],
    ],
    ['substitute: Y(X代)', '销售部:赵六(钱七代)', ['赵六[销售部] 缺席() 代钱七']],
    ['substitute: Y（由X代）', '销售部：赵六（由钱七代）', ['赵六[销售部] 缺席() 代钱七']],
    [
      'substitute: Y(reason,X代参会)',
      '销售部:赵六(出差,钱七代参会)',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    [
      'substitute: Y（reason，由X代参会） full width',
      '销售部：赵六（出差，由钱七代参会）',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    ['substitute: ——由X代', '赵六(销售部,出差)——由钱七代', ['赵六[销售部] 缺席(出差) 代钱七']],
    [
      'substitute: the template’s line under its heading',
      '缺席人员及原因：赵六（销售部，出差）——由钱七代参会',
      ['赵六[销售部] 缺席(出差) 代钱七'],
    ],
    ['substitute: English, for Y', 'Sales: Erin (for Dave)', ['Dave[Sales] 缺席() 代Erin']],
    [
      'substitute: English, on behalf of Y',
      'Erin (on behalf of Dave, travel)',
      ['Dave[] 缺席(travel) 代Erin'],
    ],
    ['代 as a surname is a name', '产品部: 代丽丽、王代红', ['代丽丽[产品部]', '王代红[产品部]']],
    ['代表 is no substitute', '赵六(销售部,代表公司出差)', ['赵六[销售部] 缺席(代表公司出差)']],
    [
      'a substitute for nobody in parentheses',
      '销售部: 王五、钱七(代)',
      ['王五[销售部]'],
      ['1:钱七(代)'],
    ],
    ['X代 alone: for whom?', '销售部: 王五、钱七代', ['王五[销售部]'], ['1:钱七代']],
    [
      'two substitutes for one person',
      '赵六(钱七代)——由孙八代参会',
      [],
      ['1:赵六(钱七代)由孙八代参会'],
    ],
    ['title gives department and role', '张三(市场部经理)', ['张三[市场部] 决策']],
    [
      'titles: decision level or executor',
      '市场部: 张三(经理)、李四(专员)、王五(项目助理)',
      ['张三[市场部] 决策', '李四[市场部]', '王五[市场部]'],
    ],
    [
      '总监, 负责人, VP, 副总',
      '产品部: 周七(产品总监), 吴八(负责人), 郑九(VP), 冯十(副总)',
      ['周七[产品部] 决策', '吴八[产品部] 决策', '郑九[产品部] 决策', '冯十[产品部] 决策'],
    ],
    ['a reason with 总 is not a title', '赵六(销售部,总部培训)', ['赵六[销售部] 缺席(总部培训)']],
    [
      'English',
      'Marketing: Alice, Bob; Sales: Carol',
      ['Alice[Marketing]', 'Bob[Marketing]', 'Carol[Sales]'],
    ],
    [
      'English full names',
      'Marketing: Alice Wang, Bob Li',
      ['Alice Wang[Marketing]', 'Bob Li[Marketing]'],
    ],
    [
      'English titles',
      'Sales: Carol (Sales Director), Dan (analyst)',
      ['Carol[Sales] 决策', 'Dan[Sales]'],
    ],
    [
      'English absentees',
      'Absent: Dave (Sales, travelling) - substitute: Erin',
      ['Dave[Sales] 缺席(travelling) 代Erin'],
    ],
    [
      'list markers and bold',
      '- **市场部**: 张三、李四\n2. 销售部: 王五。',
      ['张三[市场部]', '李四[市场部]', '王五[销售部]'],
    ],
    ['minority names with ·', '产品部: 阿卜杜·热合曼', ['阿卜杜·热合曼[产品部]']],
    [
      'duplicate names are one person',
      '市场部: 张三、张三、李四\n市场部: 张三',
      ['张三[市场部]', '李四[市场部]'],
    ],
    ['same name, two departments', '市场部: 张三; 销售部: 张三', ['张三[市场部]', '张三[销售部]']],
    [
      'an absentee listed earlier',
      '销售部: 赵六\n缺席人员及原因:\n赵六(出差)',
      ['赵六[销售部] 缺席(出差)'],
    ],
    [
      'garbage lines are reported',
      '市场部: 张三\n!!!???\nhttp://example.com/a\n销售部: 王五',
      ['张三[市场部]', '王五[销售部]'],
      ['2:!!!???', '3:http://example.com/a'],
    ],
    [
      'a sentence is no name',
      '市场部: 张三、今天天气很好我们开会',
      ['张三[市场部]'],
      ['1:今天天气很好我们开会'],
    ],
    ['a bad department', '!!!: 张三\n市场部: 李四', ['李四[市场部]'], ['1:!!!: 张三']],
    ['a substitute for nobody', '市场部: 张三、李四代参会', ['张三[市场部]'], ['1:由李四代参会']],
    [
      'the whole template pasted',
      '会议名称: 项目Q3推广跨部门协作会\n参会部门及人员: 市场部: A、B\n会议议程:\n1.Q2推广活动复盘',
      ['A[市场部]', 'B[市场部]'],
      ['1:会议名称: 项目Q3推广跨部门协作会', '4:1.Q2推广活动复盘'],
    ],
    ['a department is no person', '参会部门: 市场部、销售部', [], ['1:市场部', '1:销售部']],
    ['blank and whitespace only', '\n   \n\t\n', []],
  ])('%s', (_label, input, people, unparsed = []) => {
    expect(read(input)).toEqual({ people, unparsed });
  });

  it('keeps the source line of each person', () => {
    const { attendees } = parseRoster('\n参会部门及人员:\n\n市场部: 张三\n销售部: 王五\n');
    expect(attendees.map((a) => [a.name, a.line])).toEqual([
      ['张三', 4],
      ['王五', 5],
    ]);
  });

  it('uses known departments for a parenthesis without a suffix', () => {
    const { attendees } = parseRoster('Carol (Sales)', ['Sales']);
    expect(attendees.map(show)).toEqual(['Carol[Sales]']);
  });
});

describe('mergeRoster', () => {
  const ids = () => {
    let n = 0;
    return () => `new-${++n}`;
  };
  const person = (init: Partial<Attendee> & Pick<Attendee, 'id' | 'name'>): Attendee => ({
    department: '',
    role: 'executor',
    attendance: 'unknown',
    absenceReason: '',
    substitute: '',
    ...init,
  });
  const existing = [
    person({
      id: 'a',
      name: '张三',
      department: '市场部',
      role: 'decision',
      attendance: 'present',
    }),
    person({ id: 'b', name: '赵六', department: '销售部' }),
    person({ id: 'c', name: '孙七', department: '财务部' }),
  ];
  const parsed = (input: string): ParsedAttendee[] => parseRoster(input).attendees;

  it('adds new people, updates known ones, never duplicates or deletes', () => {
    const merged = mergeRoster(
      existing,
      parsed('市场部: 张三、李四\n赵六(出差)——由钱七代参会\nMarketing: Alice'),
      ids(),
    );
    expect(merged.map((a) => `${a.id} ${show(a)}`)).toEqual([
      'a 张三[市场部] 决策',
      'b 赵六[销售部] 缺席(出差) 代钱七',
      'c 孙七[财务部]',
      'new-1 李四[市场部]',
      'new-2 Alice[Marketing]',
    ]);
    expect(merged[0]).toBe(existing[0]); // nothing new about 张三: the same object
    expect(merged[0]!.attendance).toBe('present');
  });

  it('is the same array when the paste adds nothing', () => {
    expect(mergeRoster(existing, parsed('市场部: 张三\n财务部: 孙七'), ids())).toBe(existing);
  });

  it('merging twice changes nothing the second time', () => {
    const once = mergeRoster(existing, parsed('产品部: 周八、吴九(产品总监)'), ids());
    expect(mergeRoster(once, parsed('产品部: 周八、吴九(产品总监)'), ids())).toBe(once);
  });

  it('leaves a name that fits two people alone', () => {
    const two = [...existing, person({ id: 'd', name: '张三', department: '销售部' })];
    expect(mergeRoster(two, parsed('张三(出差)'), ids())).toBe(two);
  });
});
