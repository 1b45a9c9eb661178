/** The checker's messages in Korean (the register of locales/ko/ui.json). */
import type { Path } from '../yaml-source.ts';
import type { Catalog } from './catalog.ts';
import { contextOf, pct, placeOf, quoted, spelt, type PlaceWords } from './place.ts';
import type { Got, UnitPlace } from './words.ts';

const W: PlaceWords = {
  node: (id) => `노드 '${id}'`,
  choice: (n) => `답변 ${n}`,
  item: (n) => `${n}번째 항목`,
  sep: ', ',
  scenario: '시나리오',
};
const at = (path: Path, s: string) => `${placeOf(path, W)}: ${s}`;
const dym = (s: string | undefined) => (s === undefined ? '' : ` (혹시 '${s}'을(를) 쓰려던 것인가요?)`);
const example = (s: string | undefined) => (s === undefined ? '' : ` (예: '${s}')`);
const values = (v: readonly string[]) => ` (${spelt(v, ', ', '전체 목록은 docs/authoring.md 참고')})`;
const ids = (v: readonly string[]) => quoted(v, ', ', (n) => ` 외 ${n}개`);
const NAMES: Record<string, string> = { en: '영어', vi: '베트남어', ja: '일본어', 'zh-CN': '중국어', ko: '한국어' };
/** Each expected type with the copula its last sound takes ("정수여야", "목록이어야"). */
const TYPES: Record<string, string> = {
  int: '정수여야',
  number: '숫자여야',
  string: '텍스트여야',
  boolean: 'true 또는 false여야',
  array: '목록이어야',
  object: '매핑(항목의 모음)이어야',
  record: '매핑(항목의 모음)이어야',
};

function got({ got: kind, value }: Got): string {
  const words: Record<string, string> = {
    nothing: '빈 값',
    null: '빈 값(null)',
    list: '목록',
    mapping: '매핑(항목의 모음)',
    number: `숫자 ${value}`,
    fraction: `숫자 ${value}(정수가 아님)`,
    text: `텍스트 '${value}'`,
  };
  return words[kind] ?? `${kind} ${value}`;
}
const unit = (u: UnitPlace) =>
  u.node === undefined
    ? `'${u.id}'`
    : [W.node(u.node), u.choice === undefined ? '' : W.choice(u.choice), u.field ?? ''].filter(Boolean).join(', ');
const syntax = (s: string) => `YAML 구문: ${s}`;
const oneOf = (p: Got & { path: Path; values: readonly string[] }) =>
  at(p.path, `값이 ${got(p)}입니다. ${p.values.join(', ')} 중 하나여야 합니다`);
/** `subject`: the noun with the subject particle its last sound takes ("언어가", "채널이"). */
const notA = (subject: string) => (p: { path: Path; value: string; values: readonly string[]; suggestion?: string | undefined }) =>
  at(p.path, `'${p.value}'은(는) ${subject} 아닙니다${values(p.values)}${dym(p.suggestion)}`);

export const ko: Catalog = {
  'SCN001.quote': (p) => syntax(`여기서 시작한 따옴표 ${p.quote}이(가) 닫히지 않았습니다. 텍스트 끝에 ${p.quote}을(를) 붙이세요`),
  'SCN001.bracket': (p) =>
    syntax(`여기서 시작한 '${p.open}'이(가) 닫히지 않았습니다. '${p.close}'(으)로 닫으세요(이어지는 줄은 더 들여 써야 합니다)`),
  'SCN001.TAB_AS_INDENT': () => syntax('들여쓰기에 탭이 쓰였습니다. 들여쓰기는 공백만 사용하세요'),
  'SCN001.DUPLICATE_KEY': () => syntax('한 매핑 안에 같은 항목이 두 번 있습니다. 하나만 남기세요'),
  'SCN001.BAD_INDENT': () => syntax('들여쓰기가 위의 줄과 맞지 않습니다'),
  'SCN001.MULTILINE_IMPLICIT_KEY': () => syntax('키가 여러 줄에 걸쳐 있습니다. 위 줄에 콜론이나 따옴표가 빠지지 않았나요?'),
  'SCN001.BLOCK_AS_IMPLICIT_KEY': () =>
    syntax(
      "이 값에 ': '(콜론과 공백)가 있어 새 항목의 시작으로 읽혔거나, 다음 줄이 이 값 아래로 들여 쓰였습니다. 텍스트를 따옴표로 감싸세요",
    ),
  'SCN001.UNEXPECTED_TOKEN': () =>
    syntax(
      '여기에 예상하지 못한 텍스트가 있습니다. 따옴표가 너무 일찍 닫히지 않았나요? 따옴표가 들어 있는 텍스트는 다른 종류의 따옴표로 감싸세요',
    ),
  'SCN001.other': (p) => syntax(p.detail),
  'SCN001.tab': (p) => {
    const what = p.key ? `'${p.key}'` : '이 줄';
    const fix =
      p.guess === undefined
        ? '들여쓰기는 공백만 사용하세요'
        : `탭을 공백으로 바꾸세요(${what}은(는) 앞뒤 줄에 맞춰 ${p.guess}칸 들여 쓰는 것으로 보입니다)`;
    return syntax(`이 줄은 탭으로 들여 썼는데 YAML은 공백만 세기 때문에 이후 줄들의 위치가 맞지 않게 되었습니다. ${fix}`);
  },
  'SCN001.indent': (p) => {
    const what = p.key ? `'${p.key}'` : '이 줄';
    const like = p.anchorLine === undefined ? '' : `(${p.anchorLine}행의 ${p.anchorKey ? `'${p.anchorKey}'` : '줄'}처럼)`;
    return `들여쓰기: ${what}은(는) ${p.spaces}칸 들여 써서 이 자리에 맞지 않습니다. ${p.expected}칸${like} 들여 쓰세요. 들여쓰기가 무엇이 어디에 속하는지를 정합니다`;
  },
  'SCN001.dash': (p) =>
    `여기서 시작하는 답변에 '- '가 없습니다. 'choices'의 모든 답변은 '- '(대시와 공백)로 시작합니다. 다른 답변의 대시와 줄을 맞춰 '${p.key}:' 앞에 '- '를 쓰세요`,
  'SCN001.slipped': (p) =>
    `${contextOf(p.path, W, ': ')}들여쓰기: '${p.key}'을(를) 너무 깊이 들여 써서 '${p.field}' 안에 언어처럼 들어가 있습니다. '${p.field}'와(과) 줄이 맞도록 다시 내어 쓰세요`,
  'SCN002.size': (p) => `파일 크기가 ${p.size}바이트입니다. 시나리오는 최대 ${p.max}바이트까지 가능합니다`,
  'SCN002.chars': (p) => `파일이 ${p.size}자입니다. 시나리오는 최대 ${p.max}자까지 가능합니다`,
  'SCN002.utf8': () => '파일이 올바른 UTF-8 텍스트가 아닙니다. 편집기에서 UTF-8로 저장하세요',
  'SCN002.deep': () => '파일을 읽을 수 없습니다: 중첩이 너무 깊습니다',
  'SCN002.other': (p) => `파일을 읽을 수 없습니다: ${p.detail}`,
  'SCN002.aliases': () => '별칭(*name)이 너무 많이 반복되어 읽을 수 없습니다. 값을 직접 쓰세요',
  'SCN002.unreadable': (p) =>
    `파일을 읽을 수 없습니다: ${({ link: '없는 파일을 가리키는 링크입니다', loop: '자기 자신으로 돌아오는 링크입니다', permission: '읽을 권한이 없습니다', folder: '폴더입니다' } as Record<string, string>)[p.reason] ?? p.detail}. 고치거나 삭제하세요`,
  'SCN002.values': (p) =>
    `별칭(*name)을 펼치면 값이 ${p.max.toLocaleString('ko')}개를 넘어 시나리오에 필요한 양보다 많습니다. 값을 직접 쓰거나 시나리오를 여러 파일로 나누세요`,
  'SCN002.depth': (p) =>
    `파일의 중첩이 ${p.max}단계를 넘습니다. 시나리오에는 6단계 정도면 됩니다. 들여쓰기와 모든 '['와 '{'가 닫혔는지 확인하세요`,
  'SCN002.tokens': (p) =>
    `파일이 너무 커서 검사할 수 없습니다: YAML 토큰(키, 값, 기호, 줄바꿈)이 ${p.max.toLocaleString('ko')}개를 넘습니다. 노드 ${p.nodes}개를 5개 언어로 써도 그 절반이 안 됩니다. 여러 시나리오로 나누세요`,
  'SCN002.nodes': (p) =>
    `파일에 노드가 ${p.count.toLocaleString('ko')}개 있습니다. 시나리오의 노드는 최대 ${p.max}개입니다. 여러 시나리오로 나누세요`,
  SCN003: () => '파일은 항목의 모음(id:, format:, title:, …)이어야 합니다',
  SCN010: (p) => at(p.path, `필수 항목 '${p.field}'이(가) 없습니다`),
  'SCN010.languages': () => "'languages'가 비어 있습니다. 적어도 원문 언어는 적으세요",
  'SCN011.key': (p) => at(p.path, '올바른 키가 아닙니다'),
  'SCN011.oneOf': oneOf,
  'SCN011.text': (p) => at(p.path, `값이 ${got(p)}입니다. 텍스트(문자열, 또는 언어별 문자열의 매핑)여야 합니다`),
  'SCN011.type': (p) => at(p.path, `값이 ${got(p)}입니다. ${TYPES[p.expected] ?? `${p.expected}이어야`} 합니다`),
  'SCN011.malformed': (p) => at(p.path, '형식이 올바르지 않습니다'),
  'SCN011.other': (p) => at(p.path, p.detail),
  SCN012: (p) => at(p.path, `알 수 없는 항목 '${p.key}'이(가) 있습니다${dym(p.suggestion)}`),
  SCN013: (p) => at(p.path, `값이 '${p.value}'입니다. id에는 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다${example(p.example)}`),
  'SCN013.node': (p) => `노드 '${p.node}': 노드 id에는 영문 소문자, 숫자, 하이픈만 쓸 수 있습니다${example(p.example)}`,
  SCN014: (p) => `'id'는 '${p.id}'인데 파일 이름은 '${p.expected}.yaml'입니다. 둘이 같아야 합니다`,
  'SCN014.warning': (p) =>
    `'id'는 '${p.id}'인데 파일 이름은 '${p.file}'입니다. 게임은 id를 기준으로 합니다. scenarios/에 넣기 전에 파일 이름을 '${p.id}.yaml'(으)로 바꾸세요`,
  SCN015: (p) => `'id' '${p.id}'은(는) ${p.owner}에서 이미 쓰고 있습니다. 시나리오마다 다른 id와 파일 이름을 쓰세요`,
  SCN016: (p) => `'format'이 ${got(p)}입니다. 이 게임은 format 1을 읽습니다`,
  SCN017: notA('언어가'),
  'SCN017.type': oneOf,
  'SCN017.text': (p) =>
    at(p.path, `'${p.key}' 텍스트가 있지만 '${p.key}'은(는) 게임의 언어가 아닙니다(${p.values.join(', ')})${dym(p.suggestion)}`),
  SCN018: (p) => `'languages'에 원문 언어 '${p.source}'을(를) 넣어야 합니다`,
  SCN019: (p) => at(p.path, '비어 있습니다. 텍스트를 쓰거나 이 항목을 지우세요'),
  SCN020: notA('채널이'),
  'SCN020.type': oneOf,
  SCN021: (p) => `'difficulty'가 ${got(p)}입니다. 1(입문), 2(보통), 3(어려움) 중 하나여야 합니다`,
  SCN022: (p) => at(p.path, `값이 ${p.value}입니다. 기분 변화는 -50에서 50 사이여야 합니다`),
  'SCN022.start': (p) => `'customer.mood'가 ${p.value}입니다. 처음 기분은 0(차분함)에서 100(격분) 사이여야 합니다`,
  SCN023: notA('인물 이미지가'),
  'SCN023.type': oneOf,
  SCN024: notA('조언 이름이'),
  'SCN024.type': oneOf,
  SCN030: (p) => `'start'가 '${p.start}'을(를) 가리키지만 그런 노드가 없습니다${dym(p.suggestion)}`,
  SCN031: (p) => at(p.path, `next의 '${p.next}'은(는) 노드가 아닙니다${dym(p.suggestion)}`),
  SCN032: (p) => `노드 '${p.node}'에 'choices'와 'ending'이 모두 있습니다. 노드는 답변을 받거나 응대를 끝내거나 둘 중 하나입니다`,
  SCN033: (p) => `노드 '${p.node}'에 'choices'도 'ending'도 없습니다. 답변을 추가하거나 여기서 응대를 끝내세요`,
  SCN034: (p) => at(p.path, `답변이 ${p.count}개입니다. 노드에는 답변이 2~6개 있어야 합니다`),
  SCN035: notA('결말이'),
  'SCN035.type': oneOf,
  SCN036: (p) => at(p.path, `'${p.key}'은(는) 원칙이 아닙니다(${p.values.join(', ')})${dym(p.suggestion)}`),
  SCN037: (p) => at(p.path, `값이 ${p.value}입니다. 점수는 -3에서 3 사이여야 합니다`),
  SCN038: (p) => at(p.path, `id '${p.id}'은(는) 답변 ${p.other}이(가) 이미 쓰고 있습니다`),
  SCN039: (p) => at(p.path, `원문 언어 '${p.source}'의 텍스트가 없습니다`),
  SCN040: (p) =>
    at(p.path, `next의 '${p.next}'은(는) 이 경로에서 이미 지나온 노드로 돌아갑니다(${p.loop.join(' → ')}). 모든 경로는 끝나야 합니다`),
  SCN041: (p) => `노드 '${p.node}'에는 'start'에서 도달할 수 없습니다. 다른 곳에서 연결하거나 지우세요`,
  SCN042: (p) => `노드 '${p.node}': 음성 파일 '${p.file}'(${p.lang})이(가) public/ 아래에 없습니다`,
  'SCN042.path': (p) =>
    `노드 '${p.node}': 음성 파일 '${p.file}'(${p.lang})은(는) public/ 안의 경로가 아닙니다. audio/voice/${p.node}-${p.lang}.mp3처럼 쓰세요`,
  SCN050: (p) =>
    `'languages'에 '${p.lang}'이(가) 있지만 텍스트 ${p.count}개에 '${p.lang}' 버전이 없습니다(처음 몇 곳: ${p.first.map((x) => placeOf(x, W)).join('; ')})`,
  SCN051: (p) => at(p.path, '피드백이 없습니다. 이 답변이 왜 도움이 되는지 또는 왜 해가 되는지 적으세요'),
  SCN052: (p) => `'${p.principle}' 점수가 0보다 커지는 경로가 없습니다. 어떤 답변에 ${p.principle} 점수를 양수로 주세요`,
  SCN053: (p) => at(p.path, `답변 ${p.other}와(과) 텍스트가 같습니다`),
  SCN054: (p) =>
    `${unit(p)}: ${p.lang} 텍스트는 예전 ${NAMES[p.source] ?? p.source} 원문을 번역한 것입니다. 지금의 ${NAMES[p.source] ?? p.source} 원문과 비교해 보고 다시 가져오세요(npm run strings:import)`,
  SCN055: (p) => `'translated.${p.lang}'에 있는 '${p.id}'은(는) 이 시나리오의 텍스트가 아닙니다. 이 줄을 지우세요`,
  SCN060: (p) =>
    `실수가 이득이 됩니다: '${p.choice}'(노드 '${p.node}')을(를) 지나는 경로에서 ${p.principle} 점수가 ${p.viaMistake}(으)로 최선의 경로의 ${p.best}보다 높습니다(${p.route}). 그 경로의 ${p.principle} 점수를 낮추거나(올바른 대응보다 낮은 만회) 최선의 경로(${p.bestRoute})의 점수를 높이세요`,
  SCN061: (p) =>
    `가장 긴 답변이 정답을 알려 줍니다: 선택 ${p.decisions}개 중 ${p.count}개에서 최선의 답변이 가장 깁니다(${ids(p.nodes)}). 틀린 답변 몇 개는 길고 정중하게, 최선의 답변 몇 개는 짧게 쓰세요`,
  SCN062: (p) =>
    `정답이 하나뿐입니다: 선택 ${p.decisions}개 중 부분 점수(0보다 높고 최선보다 낮은 답변)가 있는 것은 ${p.partial}개뿐입니다. 적어도 ${p.needed}개에는 그럴듯하고 일부 맞는 답변을 넣으세요(부분 점수가 없는 선택: ${ids(p.nodes)})`,
  SCN063: (p) =>
    `난이도가 맞지 않습니다: 'difficulty'는 ${p.declared}이지만 읽지 않고 고르는 플레이어에게는 ${p.estimated}처럼 느껴집니다. 무작위로 고르면 최선의 경로의 결말('${p.ending}')에 ${pct(p.reach)} 도달하고, ${pct(p.boil)}는 고객이 폭발합니다(난이도 지수 ${p.challenge}. ${p.low} 미만은 1, ${p.high} 미만은 2, 그 이상은 3). ${p.estimated < p.declared ? '틀린 답변이 기분을 더 나쁘게 하거나 처음부터 더 화난 상태로 시작하게 하세요' : '틀린 답변이 기분을 덜 나쁘게 하거나 처음에 더 차분한 상태로 시작하게 하세요'}. 또는 난이도를 ${p.estimated}(으)로 적으세요`,
  SCN099: (p) => `나열하지 않은 문제가 ${p.count}개 더 있습니다. 먼저 위의 문제를 고치세요`,
};
