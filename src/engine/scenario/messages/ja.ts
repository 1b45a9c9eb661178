/** The checker's messages in Japanese (the register of locales/ja/ui.json). */
import type { Path } from '../yaml-source.ts';
import type { Catalog } from './catalog.ts';
import { contextOf, pct, placeOf, quoted, spelt, type PlaceWords } from './place.ts';
import type { Got, UnitPlace } from './words.ts';

const W: PlaceWords = {
  node: (id) => `ノード '${id}'`,
  choice: (n) => `返答 ${n}`,
  item: (n) => `${n} 番目`,
  sep: '、',
  scenario: 'シナリオ',
};
const at = (path: Path, s: string) => `${placeOf(path, W)}：${s}`;
const dym = (s: string | undefined) => (s === undefined ? '' : `（'${s}' の書き間違いではありませんか？）`);
const example = (s: string | undefined) => (s === undefined ? '' : `（例：'${s}'）`);
const values = (v: readonly string[]) => `（${spelt(v, '、', '一覧は docs/authoring.md にあります')}）`;
const ids = (v: readonly string[]) => quoted(v, '、', (n) => ` ほか ${n} 件`);
const NAMES: Record<string, string> = { en: '英語', vi: 'ベトナム語', ja: '日本語', 'zh-CN': '中国語', ko: '韓国語' };
const TYPES: Record<string, string> = {
  int: '整数',
  number: '数値',
  string: 'テキスト',
  boolean: 'true または false の値',
  array: 'リスト',
  object: 'マッピング（項目の集まり）',
  record: 'マッピング（項目の集まり）',
};

function got({ got: kind, value }: Got): string {
  const words: Record<string, string> = {
    nothing: '空',
    null: '空（null）',
    list: 'リスト',
    mapping: 'マッピング（項目の集まり）',
    number: `数値 ${value}`,
    fraction: `数値 ${value}（整数ではありません）`,
    text: `テキスト '${value}'`,
  };
  return words[kind] ?? `${kind} ${value}`;
}
const unit = (u: UnitPlace) =>
  u.node === undefined
    ? `'${u.id}'`
    : [W.node(u.node), u.choice === undefined ? '' : W.choice(u.choice), u.field ?? ''].filter(Boolean).join('、');
/** A space between Japanese text and a value written in Latin letters or digits, as the UI does. */
const sp = (s: string) => `${/^[\x21-\x7e]/.test(s) ? ' ' : ''}${s}${/[\x21-\x7e]$/.test(s) ? ' ' : ''}`;
const syntax = (s: string) => `YAMLの構文：${s}`;
const oneOf = (p: Got & { path: Path; values: readonly string[] }) =>
  at(p.path, `値が${sp(got(p))}になっています。${p.values.join('、')} のいずれかにしてください`);
const notA = (noun: string) => (p: { path: Path; value: string; values: readonly string[]; suggestion?: string | undefined }) =>
  at(p.path, `'${p.value}' は${noun}ではありません${values(p.values)}${dym(p.suggestion)}`);

export const ja: Catalog = {
  'SCN001.quote': (p) => syntax(`ここで始まる引用符 ${p.quote} が閉じられていません。テキストの終わりに ${p.quote} を付けてください`),
  'SCN001.bracket': (p) =>
    syntax(`ここで始まる '${p.open}' が閉じられていません。'${p.close}' で閉じてください（続きの行はさらに字下げが必要です）`),
  'SCN001.TAB_AS_INDENT': () => syntax('字下げにタブが使われています。字下げにはスペースだけを使ってください'),
  'SCN001.DUPLICATE_KEY': () => syntax('同じ項目が1つのマッピングに2回あります。1つだけ残してください'),
  'SCN001.BAD_INDENT': () => syntax('字下げが上の行とそろっていません'),
  'SCN001.MULTILINE_IMPLICIT_KEY': () => syntax('キーが複数行にまたがっています。上の行でコロンか引用符が抜けていませんか？'),
  'SCN001.BLOCK_AS_IMPLICIT_KEY': () =>
    syntax(
      "この値に ': '（コロンとスペース）があり新しい項目の始まりと読まれたか、次の行がこの値の下に字下げされています。テキストを引用符で囲んでください",
    ),
  'SCN001.UNEXPECTED_TOKEN': () =>
    syntax(
      'ここに予期しないテキストがあります。引用符が早く閉じられていませんか？引用符を含むテキストは、もう一方の種類の引用符で囲んでください',
    ),
  'SCN001.other': (p) => syntax(p.detail),
  'SCN001.tab': (p) => {
    const what = p.key ? `'${p.key}'` : 'この行';
    const fix =
      p.guess === undefined
        ? '字下げはスペースだけで行ってください'
        : `タブをスペースに置き換えてください（${what} は前後の行に合わせて ${p.guess} 文字分の字下げと思われます）`;
    return syntax(`この行はタブで字下げされていますが、YAMLはスペースしか数えないため、以降の行の位置がずれています。${fix}`);
  },
  'SCN001.indent': (p) => {
    const what = p.key ? `'${p.key}'` : 'この行';
    const like = p.anchorLine === undefined ? '' : `（${p.anchorLine} 行目の${p.anchorKey ? ` '${p.anchorKey}' ` : '行'}と同じ）`;
    return `字下げ：${what} の字下げは ${p.spaces} 文字分で、この位置には合いません。${p.expected} 文字分${like}に字下げしてください。字下げで、どの項目が何に属するかが決まります`;
  },
  'SCN001.dash': (p) =>
    `ここで始まる返答に '- ' がありません。'choices' の返答はどれも '- '（ダッシュとスペース）で始まります。'${p.key}:' の前に、ほかの返答のダッシュとそろえて '- ' を書いてください`,
  'SCN001.slipped': (p) =>
    `${contextOf(p.path, W, '：')}字下げ：'${p.key}' の字下げが深すぎるため、'${p.field}' の中に言語のように入っています。'${p.field}' とそろう位置まで戻してください`,
  'SCN002.size': (p) => `ファイルが ${p.size} バイトあります。シナリオは最大 ${p.max} バイトです`,
  'SCN002.chars': (p) => `ファイルが ${p.size} 文字あります。シナリオは最大 ${p.max} 文字です`,
  'SCN002.utf8': () => 'ファイルが正しいUTF-8のテキストではありません。エディターでUTF-8として保存してください',
  'SCN002.deep': () => 'ファイルを読み取れません：入れ子が深すぎます',
  'SCN002.other': (p) => `ファイルを読み取れません：${p.detail}`,
  'SCN002.aliases': () => 'エイリアス（*name）の繰り返しが多すぎて読み取れません。値をそのまま書いてください',
  'SCN002.unreadable': (p) =>
    `ファイルを読み取れません：${({ link: '存在しないファイルへのリンクです', loop: '自分自身に戻るリンクです', permission: '読み取る権限がありません', folder: 'フォルダーです' } as Record<string, string>)[p.reason] ?? p.detail}。直すか削除してください`,
  'SCN002.values': (p) =>
    `エイリアス（*name）を展開すると値が ${p.max.toLocaleString('ja')} 個を超え、シナリオに必要な量を上回ります。値をそのまま書くか、シナリオを複数のファイルに分けてください`,
  'SCN002.depth': (p) =>
    `ファイルの入れ子が ${p.max} 段を超えています。シナリオに必要なのは6段ほどです。インデントと、すべての '[' と '{' が閉じているかを確認してください`,
  'SCN002.tokens': (p) =>
    `ファイルが大きすぎて確認できません：YAMLのトークン（キー、値、記号、改行）が ${p.max.toLocaleString('ja')} 個を超えています。${p.nodes} ノードを5言語で書いても、その半分もかかりません。複数のシナリオに分けてください`,
  'SCN002.nodes': (p) =>
    `ファイルにノードが ${p.count.toLocaleString('ja')} 個あります。シナリオのノードは最大 ${p.max} 個です。複数のシナリオに分けてください`,
  SCN003: () => 'ファイルは項目の集まり（id:、format:、title:、…）でなければなりません',
  SCN010: (p) => at(p.path, `必須の項目 '${p.field}' がありません`),
  'SCN010.languages': () => "'languages' が空です。少なくとも原文の言語を書いてください",
  'SCN011.key': (p) => at(p.path, 'キーとして正しくありません'),
  'SCN011.oneOf': oneOf,
  'SCN011.text': (p) => at(p.path, `値が${sp(got(p))}になっています。テキスト（文字列、または言語ごとの文字列のマッピング）にしてください`),
  'SCN011.type': (p) => at(p.path, `値が${sp(got(p))}になっています。${TYPES[p.expected] ?? p.expected}にしてください`),
  'SCN011.malformed': (p) => at(p.path, '形式が正しくありません'),
  'SCN011.other': (p) => at(p.path, p.detail),
  SCN012: (p) => at(p.path, `'${p.key}' という項目はありません${dym(p.suggestion)}`),
  SCN013: (p) => at(p.path, `'${p.value}' は使えません。idに使えるのは英小文字、数字、ハイフンだけです${example(p.example)}`),
  'SCN013.node': (p) => `ノード '${p.node}'：ノードのidに使えるのは英小文字、数字、ハイフンだけです${example(p.example)}`,
  SCN014: (p) => `'id' は '${p.id}' ですが、ファイル名は '${p.expected}.yaml' です。両方を一致させてください`,
  'SCN014.warning': (p) =>
    `'id' は '${p.id}' ですが、ファイル名は '${p.file}' です。ゲームはidで区別します。scenarios/ に追加する前にファイル名を '${p.id}.yaml' に変えてください`,
  SCN015: (p) => `'id' の '${p.id}' は ${p.owner} がすでに使っています。シナリオごとに別のidとファイル名を付けてください`,
  SCN016: (p) => `'format' が${sp(got(p))}になっています。このゲームが読めるのは format 1 です`,
  SCN017: notA('言語'),
  'SCN017.type': oneOf,
  'SCN017.text': (p) =>
    at(p.path, `'${p.key}' のテキストがありますが、'${p.key}' はゲームの言語ではありません（${p.values.join('、')}）${dym(p.suggestion)}`),
  SCN018: (p) => `'languages' に原文の言語 '${p.source}' を含めてください`,
  SCN019: (p) => at(p.path, '空です。テキストを書くか、この行を削除してください'),
  SCN020: notA('チャネル'),
  'SCN020.type': oneOf,
  SCN021: (p) => `'difficulty' が${sp(got(p))}になっています。1（入門）、2（標準）、3（難しい）のいずれかにしてください`,
  SCN022: (p) => at(p.path, `${p.value} になっています。感情の変化は -50 から 50 の間にしてください`),
  'SCN022.start': (p) => `'customer.mood' が ${p.value} になっています。最初の感情は 0（穏やか）から 100（激怒）の間にしてください`,
  SCN023: notA('顔画像'),
  'SCN023.type': oneOf,
  SCN024: notA('アドバイスの名前'),
  'SCN024.type': oneOf,
  SCN030: (p) => `'start' が '${p.start}' を指していますが、そのノードはありません${dym(p.suggestion)}`,
  SCN031: (p) => at(p.path, `行き先 '${p.next}' というノードはありません${dym(p.suggestion)}`),
  SCN032: (p) => `ノード '${p.node}' に 'choices' と 'ending' の両方があります。ノードは返答を求めるか、対応を終えるかのどちらかです`,
  SCN033: (p) => `ノード '${p.node}' に 'choices' も 'ending' もありません。返答を加えるか、ここで対応を終えてください`,
  SCN034: (p) => at(p.path, `返答が ${p.count} 個あります。ノードの返答は 2〜6 個です`),
  SCN035: notA('エンディング'),
  'SCN035.type': oneOf,
  SCN036: (p) => at(p.path, `'${p.key}' は原則ではありません（${p.values.join('、')}）${dym(p.suggestion)}`),
  SCN037: (p) => at(p.path, `${p.value} になっています。得点は -3 から 3 の間にしてください`),
  SCN038: (p) => at(p.path, `id '${p.id}' は返答 ${p.other} がすでに使っています`),
  SCN039: (p) => at(p.path, `原文の言語 '${p.source}' のテキストがありません`),
  SCN040: (p) =>
    at(
      p.path,
      `行き先 '${p.next}' は、このルートですでに通ったノードに戻ります（${p.loop.join(' → ')}）。どのルートも必ず終わるようにしてください`,
    ),
  SCN041: (p) => `ノード '${p.node}' には 'start' からたどり着けません。どこかからつなぐか、削除してください`,
  SCN042: (p) => `ノード '${p.node}'：音声ファイル '${p.file}'（${p.lang}）が public/ にありません`,
  'SCN042.path': (p) =>
    `ノード '${p.node}'：音声ファイル '${p.file}'（${p.lang}）は public/ の中のパスではありません。audio/voice/${p.node}-${p.lang}.mp3 のように書いてください`,
  SCN050: (p) =>
    `'languages' に '${p.lang}' がありますが、${p.count} 件のテキストに '${p.lang}' 版がありません（最初の例：${p.first.map((x) => placeOf(x, W)).join('；')}）`,
  SCN051: (p) => at(p.path, 'フィードバックがありません。この返答がなぜ良いのか、なぜ良くないのかを書いてください'),
  SCN052: (p) => `'${p.principle}' の得点が 0 を超えるルートがありません。どれかの返答に ${p.principle} のプラスの得点を付けてください`,
  SCN053: (p) => at(p.path, `返答 ${p.other} と同じテキストです`),
  SCN054: (p) =>
    `${unit(p)}：${p.lang} のテキストは古い${NAMES[p.source] ?? p.source}の原文から翻訳されています。今の${NAMES[p.source] ?? p.source}と見比べて、もう一度取り込んでください（npm run strings:import）`,
  SCN055: (p) => `'translated.${p.lang}' にある '${p.id}' は、このシナリオのテキストではありません。この行を削除してください`,
  SCN060: (p) =>
    `失敗が得をします：'${p.choice}'（ノード '${p.node}'）を通るルートは ${p.principle} が ${p.viaMistake} になり、最善ルートの ${p.best} を上回ります（${p.route}）。そのルートの ${p.principle} を下げる（正しい対応より低い立て直しにする）か、最善ルート（${p.bestRoute}）の得点を上げてください`,
  SCN061: (p) =>
    `いちばん長い返答で答えがわかります：${p.decisions} 個の選択のうち ${p.count} 個で、最善の返答がいちばん長くなっています（${ids(p.nodes)}）。間違いの返答をいくつか長く丁寧にし、最善の返答をいくつか短くしてください`,
  SCN062: (p) =>
    `正解が1つしかありません：部分点（0 より上で最善より下の返答）があるのは ${p.decisions} 個の選択のうち ${p.partial} 個だけです。少なくとも ${p.needed} 個に、もっともらしく一部正しい返答を加えてください（部分点のない選択：${ids(p.nodes)}）`,
  SCN063: (p) =>
    `難易度が合っていません：'difficulty' は ${p.declared} ですが、読まずに選ぶプレイヤーには ${p.estimated} の難しさです。ランダムに選ぶと最善ルートのエンディング（'${p.ending}'）に着くのは ${pct(p.reach)}、顧客が怒りを爆発させるのは ${pct(p.boil)} です（難しさ ${p.challenge}。${p.low} 未満は 1、${p.high} 未満は 2、それ以上は 3）。${p.estimated < p.declared ? '間違いの返答で感情がもっと悪化するか、最初をもっと怒った状態にする' : '間違いの返答で感情の悪化を小さくするか、最初をもっと穏やかな状態にする'}か、${p.estimated} と書いてください`,
  SCN099: (p) => `ほかに ${p.count} 件の問題があります。まずここまでを直してください`,
};
