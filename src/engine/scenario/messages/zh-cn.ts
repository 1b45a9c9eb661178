/** The checker's messages in Simplified Chinese (the register of locales/zh-CN/ui.json). */
import type { Path } from '../yaml-source.ts';
import type { Catalog } from './catalog.ts';
import { contextOf, pct, placeOf, quoted, spelt, type PlaceWords } from './place.ts';
import type { Got, UnitPlace } from './words.ts';

const W: PlaceWords = { node: (id) => `节点 '${id}'`, choice: (n) => `回复 ${n}`, item: (n) => `第 ${n} 项`, sep: '，', scenario: '场景' };
const at = (path: Path, s: string) => `${placeOf(path, W)}：${s}`;
const dym = (s: string | undefined) => (s === undefined ? '' : `（是不是想写 '${s}'？）`);
const example = (s: string | undefined) => (s === undefined ? '' : `（例如 '${s}'）`);
const values = (v: readonly string[]) => `（${spelt(v, '、', '完整列表见 docs/authoring.md')}）`;
const ids = (v: readonly string[]) => quoted(v, '、', (n) => ` 等，另有 ${n} 个`);
const NAMES: Record<string, string> = { en: '英文', vi: '越南文', ja: '日文', 'zh-CN': '中文', ko: '韩文' };
const TYPES: Record<string, string> = {
  int: '整数',
  number: '数字',
  string: '文本',
  boolean: '布尔值（true 或 false）',
  array: '列表',
  object: '映射（字段的集合）',
  record: '映射（字段的集合）',
};

function got({ got: kind, value }: Got): string {
  const words: Record<string, string> = {
    nothing: '空',
    null: '空（null）',
    list: '列表',
    mapping: '映射（字段的集合）',
    number: `数字 ${value}`,
    fraction: `数字 ${value}（不是整数）`,
    text: `文本 '${value}'`,
  };
  return words[kind] ?? `${kind} ${value}`;
}
const unit = (u: UnitPlace) =>
  u.node === undefined
    ? `'${u.id}'`
    : [W.node(u.node), u.choice === undefined ? '' : W.choice(u.choice), u.field ?? ''].filter(Boolean).join('，');
const syntax = (s: string) => `YAML 语法：${s}`;
const oneOf = (p: Got & { path: Path; values: readonly string[] }) => at(p.path, `值是${got(p)}；应为 ${p.values.join('、')} 之一`);
const notA = (noun: string) => (p: { path: Path; value: string; values: readonly string[]; suggestion?: string | undefined }) =>
  at(p.path, `'${p.value}' 不是${noun}${values(p.values)}${dym(p.suggestion)}`);

export const zhCN: Catalog = {
  'SCN001.quote': (p) => syntax(`从这里开始的引号 ${p.quote} 没有闭合；请在文本末尾加上 ${p.quote}`),
  'SCN001.bracket': (p) => syntax(`从这里开始的 '${p.open}' 没有闭合；请用 '${p.close}' 结束（续写的行必须缩进得更深）`),
  'SCN001.TAB_AS_INDENT': () => syntax('缩进使用了制表符；请只用空格缩进'),
  'SCN001.DUPLICATE_KEY': () => syntax('同一个映射中同一字段出现了两次；请只保留一个'),
  'SCN001.BAD_INDENT': () => syntax('缩进与上面的行没有对齐'),
  'SCN001.MULTILINE_IMPLICIT_KEY': () => syntax('一个键跨了多行；上一行是否缺少冒号或引号？'),
  'SCN001.BLOCK_AS_IMPLICIT_KEY': () =>
    syntax("这个值中有 ': '（冒号加空格），被当成了新字段的开始，或者下一行缩进到了它下面；请把文本放在引号里"),
  'SCN001.UNEXPECTED_TOKEN': () => syntax('这里有意外的文本；引号是否过早闭合了？含有引号的文本请用另一种引号括起来'),
  'SCN001.other': (p) => syntax(p.detail),
  'SCN001.tab': (p) => {
    const what = p.key ? `'${p.key}'` : '这一行';
    const fix = p.guess === undefined ? '请只用空格缩进' : `请把制表符换成空格（${what} 应该缩进 ${p.guess} 个空格，与前后的行对齐）`;
    return syntax(`这一行用制表符缩进，而 YAML 只计算空格，所以后面的行都对不齐了；${fix}`);
  },
  'SCN001.indent': (p) => {
    const what = p.key ? `'${p.key}'` : '这一行';
    const like = p.anchorLine === undefined ? '' : `（与第 ${p.anchorLine} 行的${p.anchorKey ? ` '${p.anchorKey}' ` : '那一行'}对齐）`;
    return `缩进：${what} 缩进了 ${p.spaces} 个空格，放在这里不合适；请缩进 ${p.expected} 个空格${like}，因为缩进决定了什么属于什么`;
  },
  'SCN001.dash': (p) =>
    `这里开始的回复缺少 '- '：'choices' 中的每个回复都以 '- '（短横线加空格）开头；请在 '${p.key}:' 前写上 '- '，与其他回复的短横线对齐`,
  'SCN001.slipped': (p) =>
    `${contextOf(p.path, W, '：')}缩进：'${p.key}' 缩进过深，被当成了 '${p.field}' 里的一种语言；请把它移回，与 '${p.field}' 对齐`,
  'SCN002.size': (p) => `文件有 ${p.size} 字节；场景最多 ${p.max} 字节`,
  'SCN002.chars': (p) => `文件有 ${p.size} 个字符；场景最多 ${p.max} 个字符`,
  'SCN002.utf8': () => '文件不是有效的 UTF-8 文本；请在编辑器中另存为 UTF-8',
  'SCN002.deep': () => '无法读取文件：嵌套太深',
  'SCN002.other': (p) => `无法读取文件：${p.detail}`,
  'SCN002.aliases': () => '文件中别名（*name）重复太多，无法读取；请直接写出这些值',
  'SCN002.unreadable': (p) =>
    `无法读取文件：${({ link: '这是指向不存在文件的链接', loop: '这是指回自身的链接', permission: '你没有读取权限', folder: '这是一个文件夹' } as Record<string, string>)[p.reason] ?? p.detail}；请修正或删除它`,
  'SCN002.values': (p) =>
    `展开别名（*name）后，文件中的值超过 ${p.max.toLocaleString('zh-CN')} 个，超出一个场景所需；请直接写出这些值，或把场景拆分成多个文件`,
  'SCN002.depth': (p) => `文件嵌套超过 ${p.max} 层，而一个场景大约只需 6 层；请检查缩进，以及每个 '[' 和 '{' 是否都已闭合`,
  'SCN002.tokens': (p) =>
    `文件太大，无法检查：其中的 YAML 记号（键、值、标点和换行）超过 ${p.max.toLocaleString('zh-CN')} 个，是 ${p.nodes} 个节点用五种语言写成所需的两倍多；请拆分成多个场景`,
  'SCN002.nodes': (p) => `文件有 ${p.count.toLocaleString('zh-CN')} 个节点；一个场景最多 ${p.max} 个节点：请拆分成多个场景`,
  SCN003: () => '文件必须是由字段组成的映射（id:、format:、title:、…）',
  SCN010: (p) => at(p.path, `缺少必填字段 '${p.field}'`),
  'SCN010.languages': () => "'languages' 为空；至少要列出源语言",
  'SCN011.key': (p) => at(p.path, '不是有效的键'),
  'SCN011.oneOf': oneOf,
  'SCN011.text': (p) => at(p.path, `值是${got(p)}；应为文本（一个字符串，或按语言对应字符串的映射）`),
  'SCN011.type': (p) => at(p.path, `值是${got(p)}；应为${TYPES[p.expected] ?? p.expected}`),
  'SCN011.malformed': (p) => at(p.path, '格式不正确'),
  'SCN011.other': (p) => at(p.path, p.detail),
  SCN012: (p) => at(p.path, `有一个未知字段 '${p.key}'${dym(p.suggestion)}`),
  SCN013: (p) => at(p.path, `值是 '${p.value}'；id 只能使用小写字母、数字和连字符${example(p.example)}`),
  'SCN013.node': (p) => `节点 '${p.node}'：节点 id 只能使用小写字母、数字和连字符${example(p.example)}`,
  SCN014: (p) => `'id' 是 '${p.id}'，但文件名是 '${p.expected}.yaml'；两者必须一致`,
  'SCN014.warning': (p) => `'id' 是 '${p.id}'，但文件名是 '${p.file}'；游戏以 id 为准：加入 scenarios/ 之前请把文件改名为 '${p.id}.yaml'`,
  SCN015: (p) => `'id' 是 '${p.id}'，但 ${p.owner} 已经在用它；请给每个场景不同的 id 和文件名`,
  SCN016: (p) => `'format' 是${got(p)}；本游戏读取的是 format 1`,
  SCN017: notA('语言'),
  'SCN017.type': oneOf,
  'SCN017.text': (p) => at(p.path, `有 '${p.key}' 的文本，但它不是游戏的语言（${p.values.join('、')}）${dym(p.suggestion)}`),
  SCN018: (p) => `'languages' 必须包含源语言 '${p.source}'`,
  SCN019: (p) => at(p.path, '为空；请写上文本或删除这一项'),
  SCN020: notA('渠道'),
  'SCN020.type': oneOf,
  SCN021: (p) => `'difficulty' 是${got(p)}；必须是 1（入门）、2（标准）或 3（困难）`,
  SCN022: (p) => at(p.path, `值是 ${p.value}；情绪变化必须在 -50 到 50 之间`),
  'SCN022.start': (p) => `'customer.mood' 是 ${p.value}；初始情绪必须在 0（平静）到 100（暴怒）之间`,
  SCN023: notA('头像'),
  'SCN023.type': oneOf,
  SCN024: notA('建议名称'),
  'SCN024.type': oneOf,
  SCN030: (p) => `'start' 指向 '${p.start}'，但没有这个节点${dym(p.suggestion)}`,
  SCN031: (p) => at(p.path, `next 指向的 '${p.next}' 不是节点${dym(p.suggestion)}`),
  SCN032: (p) => `节点 '${p.node}' 同时有 'choices' 和 'ending'；一个节点要么请学员回复，要么结束这次接待`,
  SCN033: (p) => `节点 '${p.node}' 既没有 'choices' 也没有 'ending'；请添加回复，或在这里结束接待`,
  SCN034: (p) => at(p.path, `有 ${p.count} 个回复；一个节点需要 2 到 6 个回复`),
  SCN035: notA('结局'),
  'SCN035.type': oneOf,
  SCN036: (p) => at(p.path, `'${p.key}' 不是原则（${p.values.join('、')}）${dym(p.suggestion)}`),
  SCN037: (p) => at(p.path, `值是 ${p.value}；得分必须在 -3 到 3 之间`),
  SCN038: (p) => at(p.path, `id '${p.id}' 已被回复 ${p.other} 使用`),
  SCN039: (p) => at(p.path, `缺少源语言 '${p.source}' 的文本`),
  SCN040: (p) => at(p.path, `next 指向的 '${p.next}' 会回到这条路径上已经经过的节点（${p.loop.join(' → ')}）；每条路径都必须有终点`),
  SCN041: (p) => `从 'start' 永远到不了节点 '${p.node}'；请链接到它或删除它`,
  SCN042: (p) => `节点 '${p.node}'：语音文件 '${p.file}'（${p.lang}）在 public/ 下不存在`,
  'SCN042.path': (p) =>
    `节点 '${p.node}'：语音文件 '${p.file}'（${p.lang}）不是 public/ 内的路径；请写成 audio/voice/${p.node}-${p.lang}.mp3 这样的形式`,
  SCN050: (p) =>
    `'languages' 列出了 '${p.lang}'，但有 ${p.count} 段文本没有 '${p.lang}' 版本（前几处：${p.first.map((x) => placeOf(x, W)).join('；')}）`,
  SCN051: (p) => at(p.path, '没有点评；请说明这个回复为什么有帮助或有害'),
  SCN052: (p) => `没有任何路径能让 '${p.principle}' 的得分高于 0；请给某个回复一个正的 ${p.principle} 得分`,
  SCN053: (p) => at(p.path, `文本与回复 ${p.other} 相同`),
  SCN054: (p) =>
    `${unit(p)}：${p.lang} 文本是根据旧版${NAMES[p.source] ?? p.source}原文翻译的；请对照现在的${NAMES[p.source] ?? p.source}检查后重新导入（npm run strings:import）`,
  SCN055: (p) => `'translated.${p.lang}' 中的 '${p.id}' 不是这个场景的文本；请删除这一行`,
  SCN060: (p) =>
    `犯错反而得分：经过 '${p.choice}'（节点 '${p.node}'）的路径在 ${p.principle} 上得到 ${p.viaMistake}，高于最佳路径的 ${p.best}（${p.route}）；请降低那条路径上 ${p.principle} 的得分（补救应低于正确做法），或提高最佳路径（${p.bestRoute}）的得分`,
  SCN061: (p) =>
    `最长的回复泄露了答案：${p.decisions} 个选择中有 ${p.count} 个的最佳回复也是最长的（${ids(p.nodes)}）；请把一些错误回复写得长而周到，把一些最佳回复写短`,
  SCN062: (p) =>
    `只有一个正确答案：${p.decisions} 个选择中只有 ${p.partial} 个有部分得分（高于 0 但低于最佳的回复）；请至少给 ${p.needed} 个选择加一个看似合理、部分正确的回复（没有的：${ids(p.nodes)}）`,
  SCN063: (p) =>
    `难度不符：'difficulty' 是 ${p.declared}，但对不读内容的玩家来说难度像 ${p.estimated}：随机选择的玩家有 ${pct(p.reach)} 的机会到达最佳路径的结局（'${p.ending}'），有 ${pct(p.boil)} 会让顾客情绪爆发（挑战值 ${p.challenge}；低于 ${p.low} 为 1，低于 ${p.high} 为 2，否则为 3）；${p.estimated < p.declared ? '请让错误回复多扣一些情绪，或让顾客一开始更生气' : '请让错误回复少扣一些情绪，或让顾客一开始更平静'}，或者把难度写成 ${p.estimated}`,
  SCN099: (p) => `另有 ${p.count} 个问题未列出；请先修正上面这些`,
};
