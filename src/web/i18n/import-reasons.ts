import { fieldLabel, sectionLabel } from './bundle-words';
import type { Language } from './language';
import type { MessageKey } from './zh';

/** What a reason needs of the view: its language and its words. */
interface View {
  language: Language;
  t(key: MessageKey): string;
}

type Rule = [pattern: RegExp, zh: (match: RegExpExecArray, t: View['t']) => string];

const TYPES: Record<string, string> = {
  'a string': '文本',
  'a number': '数字',
  'a boolean': '是或否',
  'a list': '列表',
  'an object': '对象',
  'a list of records': '记录列表',
};
const kindLabel = (kinds: string, t: View['t']) =>
  kinds
    .split(' or ')
    .map((kind) => t(`node.${kind}` as MessageKey) ?? kind)
    .join('或');

/**
 * The API's reasons are English, for machines and logs; the Chinese view says the common ones in
 * Chinese. Those the page does not know are shown as they came.
 */
const RULES: Rule[] = [
  [/^is required$/u, () => '必填'],
  [
    /^must be (a string|a number|a boolean|a list|an object) \(got (.*)\)$/u,
    (m, _t) => `应为${TYPES[m[1] ?? '']}（收到 ${m[2]}）`,
  ],
  [/^must be an array of records$/u, () => '应为记录列表'],
  [
    /^(?:Invalid option: )?expected one of (.+?)(?: \(codes: .*\))?$/u,
    (m) => `应为以下之一：${m[1]?.replace(/"/gu, '').replace(/\|/gu, '、')}`,
  ],
  [
    /^no (.+) with id '(.*)' in this bundle or the graph$/u,
    (m, t) => `本数据包与图谱中都没有编号为「${m[2]}」的${kindLabel(m[1] ?? '', t)}`,
  ],
  [
    /^duplicate id '(.*)', first at ([A-Za-z]+)\[(\d+)\]$/u,
    (m) => `编号「${m[1]}」重复，首次出现于${sectionLabel(m[2] ?? '', 'zh')}[${m[3]}]`,
  ],
  [
    /^(\S+) names (\w+) '(.*)', which is held for review$/u,
    (m, t) => `${fieldLabel(m[1] ?? '', 'zh')}所指的${kindLabel(m[2] ?? '', t)}「${m[3]}」正待人工确认`,
  ],
  [/^must not be before raisedAt \((.*)\)$/u, (m) => `不得早于提出时间（${m[1]}）`],
  [/^must not be before the request was raised \((.*)\)$/u, (m) => `不得早于诉求提出时间（${m[1]}）`],
  [/^the name matches more than one enterprise$/u, () => '名称与多家企业相符'],
  [/^\w+ must not be empty$/u, () => '不能为空'],
  [
    /^Too big: expected \w+ to (?:be|have) <=?(\S+)(?: (\w+))?$/u,
    (m) => `不得超过 ${m[1]}${m[2] === 'characters' ? ' 个字' : m[2] === 'items' ? ' 项' : ''}`,
  ],
  [
    /^Too small: expected \w+ to (?:be|have) >=?(\S+)(?: (\w+))?$/u,
    (m) => `不得少于 ${m[1]}${m[2] === 'characters' ? ' 个字' : m[2] === 'items' ? ' 项' : ''}`,
  ],
  [/^invalid USCC: (.*)$/u, (m) => `统一社会信用代码无效（${m[1]}）`],
  [/^sheet "(.*)" is not a kind redchain knows .*$/u, (m) => `工作表「${m[1]}」不是可识别的类别（如 企业），已忽略`],
  [
    /^sheet "(.*)": column "(.*)" is not a field of (\w+); it was ignored$/u,
    (m) => `工作表「${m[1]}」的列「${m[2]}」不是${sectionLabel(m[3] ?? '', 'zh')}的字段，已忽略`,
  ],
];

/** An import reason or note in the view's language. */
export function reasonLabel(reason: string, { language, t }: View): string {
  if (language !== 'zh') return reason;
  for (const [pattern, zh] of RULES) {
    const match = pattern.exec(reason);
    if (match) return zh(match, t);
  }
  return reason;
}
