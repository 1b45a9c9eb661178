/** The checker's messages in Vietnamese (the register of locales/vi/ui.json). */
import type { Path } from '../yaml-source.ts';
import type { Catalog } from './catalog.ts';
import { contextOf, pct, placeOf, quoted, spelt, type PlaceWords } from './place.ts';
import type { Got, UnitPlace } from './words.ts';

const W: PlaceWords = {
  node: (id) => `nút '${id}'`,
  choice: (n) => `câu trả lời ${n}`,
  item: (n) => `mục ${n}`,
  sep: ', ',
  scenario: 'Tình huống',
};
const at = (path: Path, s: string) => `${placeOf(path, W)}: ${s}`;
const dym = (s: string | undefined) => (s === undefined ? '' : `; có phải bạn muốn viết '${s}'?`);
const example = (s: string | undefined) => (s === undefined ? '' : `; ví dụ '${s}'`);
const values = (v: readonly string[]) => ` (${spelt(v, ', ', 'danh sách đầy đủ có trong docs/authoring.md')})`;
const ids = (v: readonly string[]) => quoted(v, ', ', (n) => ` và ${n} nút khác`);
const NAMES: Record<string, string> = { en: 'tiếng Anh', vi: 'tiếng Việt', ja: 'tiếng Nhật', 'zh-CN': 'tiếng Trung', ko: 'tiếng Hàn' };
const TYPES: Record<string, string> = {
  int: 'một số nguyên',
  number: 'một số',
  string: 'một văn bản',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một tập hợp các trường',
  record: 'một tập hợp các trường',
};

function got({ got: kind, value }: Got): string {
  const words: Record<string, string> = {
    nothing: 'trống',
    null: 'trống (null)',
    list: 'một danh sách',
    mapping: 'một tập hợp các trường',
    number: `số ${value}`,
    fraction: `số ${value} (không phải số nguyên)`,
    text: `văn bản '${value}'`,
  };
  return words[kind] ?? `${kind} ${value}`;
}
const unit = (u: UnitPlace) =>
  u.node === undefined
    ? `'${u.id}'`
    : [W.node(u.node), u.choice === undefined ? '' : W.choice(u.choice), u.field ?? ''].filter(Boolean).join(', ');
const syntax = (s: string) => `Cú pháp YAML: ${s}`;
const oneOf = (p: Got & { path: Path; values: readonly string[] }) =>
  at(p.path, `giá trị là ${got(p)}; cần là một trong ${p.values.join(', ')}`);
const notA = (noun: string) => (p: { path: Path; value: string; values: readonly string[]; suggestion?: string | undefined }) =>
  at(p.path, `'${p.value}' không phải là ${noun}${values(p.values)}${dym(p.suggestion)}`);

export const vi: Catalog = {
  'SCN001.quote': (p) => syntax(`dấu nháy ${p.quote} mở ở đây chưa được đóng; hãy kết thúc văn bản bằng ${p.quote}`),
  'SCN001.bracket': (p) =>
    syntax(`dấu '${p.open}' mở ở đây chưa được đóng; hãy đóng bằng '${p.close}' (dòng viết tiếp phải thụt vào sâu hơn)`),
  'SCN001.TAB_AS_INDENT': () => syntax('thụt lề bằng phím tab; chỉ dùng dấu cách để thụt lề'),
  'SCN001.DUPLICATE_KEY': () => syntax('cùng một trường xuất hiện hai lần trong một tập hợp; chỉ giữ lại một'),
  'SCN001.BAD_INDENT': () => syntax('thụt lề không thẳng hàng với các dòng phía trên'),
  'SCN001.MULTILINE_IMPLICIT_KEY': () =>
    syntax('một khóa kéo dài qua nhiều dòng; dòng phía trên có thiếu dấu hai chấm hoặc dấu nháy không?'),
  'SCN001.BLOCK_AS_IMPLICIT_KEY': () =>
    syntax(
      "giá trị này chứa ': ' (dấu hai chấm và dấu cách), nên bị hiểu là bắt đầu một trường mới, hoặc dòng sau bị thụt vào dưới nó; hãy đặt văn bản trong dấu nháy",
    ),
  'SCN001.UNEXPECTED_TOKEN': () =>
    syntax(
      'có văn bản không mong đợi ở đây; có phải dấu nháy bị đóng quá sớm? Văn bản có chứa dấu nháy thì hãy đặt trong loại dấu nháy còn lại',
    ),
  'SCN001.other': (p) => syntax(p.detail),
  'SCN001.tab': (p) => {
    const what = p.key ? `'${p.key}'` : 'dòng này';
    const fix =
      p.guess === undefined
        ? 'chỉ dùng dấu cách để thụt lề'
        : `hãy thay tab bằng dấu cách (${what} có lẽ cần thụt vào ${p.guess} dấu cách, thẳng hàng với các dòng xung quanh)`;
    return syntax(`dòng này thụt lề bằng tab, mà YAML chỉ đếm dấu cách, nên các dòng sau không còn thẳng hàng; ${fix}`);
  },
  'SCN001.indent': (p) => {
    const what = p.key ? `'${p.key}'` : 'dòng này';
    const like = p.anchorLine === undefined ? '' : ` (như ${p.anchorKey ? `'${p.anchorKey}'` : 'dòng'} ở dòng ${p.anchorLine})`;
    return `thụt lề: ${what} đang thụt vào ${p.spaces} dấu cách, không khớp với vị trí của nó; hãy thụt vào ${p.expected} dấu cách${like}, vì thụt lề quyết định cái gì thuộc về cái gì`;
  },
  'SCN001.dash': (p) =>
    `một câu trả lời bắt đầu ở đây mà thiếu '- ': mỗi câu trả lời trong 'choices' đều bắt đầu bằng '- ' (gạch ngang và dấu cách); hãy viết '- ' trước '${p.key}:', thẳng hàng với gạch ngang của các câu trả lời khác`,
  'SCN001.slipped': (p) =>
    `${contextOf(p.path, W, ': ')}thụt lề: '${p.key}' thụt vào quá sâu nên nằm bên trong '${p.field}' như thể là một ngôn ngữ; hãy đưa nó ra thẳng hàng với '${p.field}'`,
  'SCN002.size': (p) => `tệp có ${p.size} byte; một tình huống tối đa ${p.max} byte`,
  'SCN002.chars': (p) => `tệp có ${p.size} ký tự; một tình huống tối đa ${p.max} ký tự`,
  'SCN002.utf8': () => 'tệp không phải văn bản UTF-8 hợp lệ; hãy lưu lại dưới dạng UTF-8 trong trình soạn thảo',
  'SCN002.deep': () => 'không đọc được tệp: các cấp lồng nhau quá sâu',
  'SCN002.other': (p) => `không đọc được tệp: ${p.detail}`,
  'SCN002.aliases': () => 'tệp lặp lại bí danh (*name) quá nhiều nên không đọc được; hãy viết thẳng các giá trị ra',
  'SCN002.unreadable': (p) =>
    `không đọc được tệp: ${({ link: 'đây là liên kết tới một tệp không tồn tại', loop: 'đây là liên kết quay về chính nó', permission: 'bạn không có quyền đọc tệp này', folder: 'đây là một thư mục' } as Record<string, string>)[p.reason] ?? p.detail}; hãy sửa hoặc xóa nó`,
  'SCN002.values': (p) =>
    `khi mở rộng bí danh (*name), tệp có hơn ${p.max.toLocaleString('vi')} giá trị, nhiều hơn một kịch bản cần; hãy viết thẳng các giá trị ra hoặc chia kịch bản thành nhiều tệp`,
  'SCN002.depth': (p) =>
    `tệp lồng nhau sâu hơn ${p.max} cấp, trong khi một kịch bản chỉ cần khoảng 6; hãy kiểm tra thụt lề và xem mọi '[' và '{' đã được đóng chưa`,
  'SCN002.tokens': (p) =>
    `tệp quá lớn để kiểm tra: tệp có hơn ${p.max.toLocaleString('vi')} token YAML (khóa, giá trị, dấu câu và ngắt dòng), gấp đôi số cần cho ${p.nodes} nút bằng năm ngôn ngữ; hãy chia thành nhiều kịch bản`,
  'SCN002.nodes': (p) => `tệp có ${p.count.toLocaleString('vi')} nút; một kịch bản có tối đa ${p.max} nút: hãy chia thành nhiều kịch bản`,
  SCN003: () => 'tệp phải là một tập hợp các trường (id:, format:, title:, …)',
  SCN010: (p) => at(p.path, `thiếu trường bắt buộc '${p.field}'`),
  'SCN010.languages': () => "'languages' đang trống; hãy liệt kê ít nhất ngôn ngữ gốc",
  'SCN011.key': (p) => at(p.path, 'không phải là khóa hợp lệ'),
  'SCN011.oneOf': oneOf,
  'SCN011.text': (p) => at(p.path, `giá trị là ${got(p)}; cần là một văn bản (một chuỗi, hoặc một tập hợp chuỗi theo ngôn ngữ)`),
  'SCN011.type': (p) => at(p.path, `giá trị là ${got(p)}; cần là ${TYPES[p.expected] ?? p.expected}`),
  'SCN011.malformed': (p) => at(p.path, 'sai định dạng'),
  'SCN011.other': (p) => at(p.path, p.detail),
  SCN012: (p) => at(p.path, `có trường không xác định '${p.key}'${dym(p.suggestion)}`),
  SCN013: (p) => at(p.path, `giá trị là '${p.value}'; id chỉ được dùng chữ thường, chữ số và dấu gạch nối${example(p.example)}`),
  'SCN013.node': (p) => `nút '${p.node}': id của nút chỉ được dùng chữ thường, chữ số và dấu gạch nối${example(p.example)}`,
  SCN014: (p) => `'id' là '${p.id}' nhưng tên tệp là '${p.expected}.yaml'; hai tên phải khớp nhau`,
  'SCN014.warning': (p) =>
    `'id' là '${p.id}' nhưng tên tệp là '${p.file}'; trò chơi dựa vào id: hãy đổi tên tệp thành '${p.id}.yaml' trước khi thêm vào scenarios/`,
  SCN015: (p) => `'id' là '${p.id}', nhưng ${p.owner} đã dùng id này; hãy đặt cho mỗi tình huống một id và tên tệp riêng`,
  SCN016: (p) => `'format' là ${got(p)}; trò chơi này đọc format 1`,
  SCN017: notA('một ngôn ngữ'),
  'SCN017.type': oneOf,
  'SCN017.text': (p) =>
    at(p.path, `có văn bản bằng '${p.key}', nhưng đó không phải là ngôn ngữ của trò chơi (${p.values.join(', ')})${dym(p.suggestion)}`),
  SCN018: (p) => `'languages' phải có ngôn ngữ gốc '${p.source}'`,
  SCN019: (p) => at(p.path, 'đang trống; hãy viết văn bản hoặc xóa mục này'),
  SCN020: notA('một kênh'),
  'SCN020.type': oneOf,
  SCN021: (p) => `'difficulty' là ${got(p)}; phải là 1 (nhập môn), 2 (tiêu chuẩn) hoặc 3 (khó)`,
  SCN022: (p) => at(p.path, `giá trị là ${p.value}; mức thay đổi tâm trạng phải từ -50 đến 50`),
  'SCN022.start': (p) => `'customer.mood' là ${p.value}; tâm trạng ban đầu phải từ 0 (bình tĩnh) đến 100 (giận dữ)`,
  SCN023: notA('một chân dung'),
  'SCN023.type': oneOf,
  SCN024: notA('một lời khuyên'),
  'SCN024.type': oneOf,
  SCN030: (p) => `'start' trỏ tới '${p.start}', nhưng không có nút nào như vậy${dym(p.suggestion)}`,
  SCN031: (p) => at(p.path, `next '${p.next}' không phải là một nút${dym(p.suggestion)}`),
  SCN032: (p) => `nút '${p.node}' có cả 'choices' lẫn 'ending'; một nút hoặc hỏi câu trả lời, hoặc kết thúc cuộc tiếp xúc`,
  SCN033: (p) => `nút '${p.node}' không có 'choices' cũng không có 'ending'; hãy thêm câu trả lời, hoặc kết thúc cuộc tiếp xúc tại đây`,
  SCN034: (p) => at(p.path, `có ${p.count} câu trả lời; một nút cần từ 2 đến 6`),
  SCN035: notA('một kết thúc'),
  'SCN035.type': oneOf,
  SCN036: (p) => at(p.path, `'${p.key}' không phải là một nguyên tắc (${p.values.join(', ')})${dym(p.suggestion)}`),
  SCN037: (p) => at(p.path, `giá trị là ${p.value}; điểm phải từ -3 đến 3`),
  SCN038: (p) => at(p.path, `có id '${p.id}', đã được câu trả lời ${p.other} dùng`),
  SCN039: (p) => at(p.path, `không có văn bản bằng ngôn ngữ gốc '${p.source}'`),
  SCN040: (p) =>
    at(p.path, `next '${p.next}' dẫn về một nút đã đi qua trên lộ trình này (${p.loop.join(' → ')}); mọi lộ trình đều phải kết thúc`),
  SCN041: (p) => `không lộ trình nào từ 'start' đi tới nút '${p.node}'; hãy nối tới nó hoặc xóa nó`,
  SCN042: (p) => `nút '${p.node}': tệp giọng nói '${p.file}' (${p.lang}) không có trong public/`,
  'SCN042.path': (p) =>
    `nút '${p.node}': tệp giọng nói '${p.file}' (${p.lang}) không phải là đường dẫn bên trong public/; hãy viết như audio/voice/${p.node}-${p.lang}.mp3`,
  SCN050: (p) =>
    `'languages' có '${p.lang}', nhưng ${p.count} văn bản chưa có bản '${p.lang}' (đầu tiên: ${p.first.map((x) => placeOf(x, W)).join('; ')})`,
  SCN051: (p) => at(p.path, 'chưa có nhận xét; hãy giải thích vì sao câu trả lời này giúp ích hay gây hại'),
  SCN052: (p) => `không lộ trình nào cho '${p.principle}' đạt điểm trên 0; hãy cho một câu trả lời nào đó điểm ${p.principle} dương`,
  SCN053: (p) => at(p.path, `có văn bản giống câu trả lời ${p.other}`),
  SCN054: (p) =>
    `${unit(p)}: văn bản ${p.lang} được dịch từ một bản ${NAMES[p.source] ?? p.source} cũ hơn; hãy đối chiếu với bản ${NAMES[p.source] ?? p.source} hiện tại rồi nhập lại (npm run strings:import)`,
  SCN055: (p) => `'translated.${p.lang}' có '${p.id}', không phải là văn bản nào của tình huống này; hãy xóa dòng đó`,
  SCN060: (p) =>
    `sai lầm lại được lợi: lộ trình đi qua '${p.choice}' (nút '${p.node}') đạt ${p.principle} ${p.viaMistake}, cao hơn mức ${p.best} của hướng đi tốt nhất (${p.route}); hãy cho ${p.principle} điểm thấp hơn trên lộ trình đó (cứu vãn phải thấp hơn cách làm đúng) hoặc cao hơn trên hướng đi tốt nhất (${p.bestRoute})`,
  SCN061: (p) =>
    `câu trả lời dài nhất để lộ đáp án: trong ${p.count} trên ${p.decisions} lần lựa chọn, câu trả lời tốt nhất cũng là câu dài nhất (${ids(p.nodes)}); hãy viết vài câu trả lời sai thật dài và chỉn chu, và vài câu trả lời tốt nhất thật ngắn`,
  SCN062: (p) =>
    `chỉ có một đáp án đúng: chỉ ${p.partial} trên ${p.decisions} lần lựa chọn có điểm một phần (câu trả lời trên 0 nhưng dưới mức tốt nhất); hãy thêm cho ít nhất ${p.needed} lần lựa chọn một câu trả lời hợp lý, đúng một phần (chưa có: ${ids(p.nodes)})`,
  SCN063: (p) =>
    `độ khó không khớp: 'difficulty' là ${p.declared}, nhưng với người chơi không đọc kỹ thì tình huống chơi như mức ${p.estimated}: người chọn ngẫu nhiên đạt kết thúc của hướng đi tốt nhất ('${p.ending}') trong ${pct(p.reach)} lượt chơi và làm khách hàng nổi giận trong ${pct(p.boil)} (chỉ số thử thách ${p.challenge}; dưới ${p.low} là 1, dưới ${p.high} là 2, còn lại là 3); ${p.estimated < p.declared ? 'hãy cho câu trả lời sai làm tâm trạng xấu đi nhiều hơn hoặc cho khách bắt đầu giận hơn' : 'hãy cho câu trả lời sai làm tâm trạng xấu đi ít hơn hoặc cho khách bắt đầu bình tĩnh hơn'}, hoặc khai báo ${p.estimated}`,
  SCN099: (p) => `còn ${p.count} vấn đề khác chưa được liệt kê; hãy sửa những vấn đề này trước`,
};
