// Newsroom usage rules for usage/discouraged, written in our own words after
// the practice Xinhua published for its copy (新华社新闻信息报道中的禁用词和
// 慎用词, 2015, revised 2016) and the State Council's standard short forms of
// its organs. Each rule: the expression, what to write instead ('' when it
// depends on the sentence), and why — shown to the copy editor as is.
// Left out on purpose: rules that need the sentence's meaning to apply
// (罪犯 before a verdict, 最佳 for products, 亲自 for leaders) — a word
// list would mostly flag correct uses.

export interface UsageRule {
  readonly phrase: string;
  readonly instead: string;
  readonly why: { readonly zh: string; readonly en: string };
  /** Characters that, right after the phrase, make it another word. */
  readonly notBefore?: string;
  /** Characters that, right before the phrase, make it another word. */
  readonly notAfter?: string;
  /** Lower than the rule's warning: published papers differ (国家发改委). */
  readonly severity?: 'info';
}

const DISABILITY = { zh: '对残疾人不用蔑称', en: 'no slurs for people with disabilities' };
const ETHNIC = { zh: '民族名称不随意简称', en: 'names of ethnic groups are not shortened' };
const STAR = { zh: '通稿不用娱乐圈捧称，写“著名演员”“著名艺术家”', en: 'no showbiz epithets in news copy' };
const ORGAN = { zh: '国家机关用规范简称', en: 'state organs take their standard short form' };
const SLANG = { zh: '报道不用脏话、黑话和网络缩略脏语', en: 'no swearing or slang abbreviations in news copy' };

export const USAGE_RULES: readonly UsageRule[] = [
  { phrase: '残废人', instead: '残疾人', why: DISABILITY },
  { phrase: '独眼龙', instead: '', why: DISABILITY },
  { phrase: '弱智', instead: '智力障碍者', why: DISABILITY, notBefore: '化' },
  { phrase: '维族', instead: '维吾尔族', why: ETHNIC },
  { phrase: '蒙族', instead: '蒙古族', why: ETHNIC },
  { phrase: '影帝', instead: '著名演员', why: STAR },
  { phrase: '影后', instead: '著名演员', why: STAR },
  { phrase: '巨星', instead: '著名演员', why: STAR, notAfter: '超红白蓝黄中' },
  { phrase: '男神', instead: '', why: STAR },
  { phrase: '女神', instead: '', why: STAR, notBefore: '像庙', notAfter: '由' },
  { phrase: '国家发改委', instead: '国家发展改革委', why: ORGAN, severity: 'info' },
  { phrase: '国家卫健委', instead: '国家卫生健康委', why: ORGAN, severity: 'info' },
  { phrase: '中纪委', instead: '中央纪委', why: ORGAN, severity: 'info' },
  { phrase: '北朝鲜', instead: '朝鲜', why: { zh: '朝鲜民主主义人民共和国简称“朝鲜”，不称“北朝鲜”', en: 'the DPRK is 朝鲜, not “North Korea”' } },
  { phrase: '台湾总统', instead: '台湾地区领导人', why: { zh: '台湾是中国的一个地区，其领导人称“台湾地区领导人”', en: 'Taiwan is a region of China: “leader of the Taiwan region”' } },
  { phrase: '台湾政府', instead: '台湾当局', why: { zh: '对台湾地区政权称“台湾当局”', en: 'the authorities in Taiwan are 台湾当局' } },
  { phrase: '港澳台国家', instead: '国家和地区', why: { zh: '香港、澳门、台湾是中国的地区，与外国并列时写“国家和地区”', en: 'Hong Kong, Macao and Taiwan are regions, not countries' } },
  { phrase: '世贸组织成员国', instead: '世贸组织成员', why: { zh: '世贸组织的成员包括单独关税区，称“成员”', en: 'WTO members include customs territories: “members”' } },
  { phrase: '世界贸易组织成员国', instead: '世界贸易组织成员', why: { zh: '世贸组织的成员包括单独关税区，称“成员”', en: 'WTO members include customs territories: “members”' } },
  { phrase: '亚太经合组织成员国', instead: '亚太经合组织成员', why: { zh: '亚太经合组织的成员包括地区经济体，称“成员”', en: 'APEC members include economies: “members”' } },
  { phrase: '穆斯林国家', instead: '伊斯兰国家', why: { zh: '国家以宗教论称“伊斯兰国家”', en: 'countries are 伊斯兰国家, not 穆斯林国家' } },
  { phrase: '穆斯林世界', instead: '伊斯兰世界', why: { zh: '称“伊斯兰世界”', en: 'write 伊斯兰世界' } },
  { phrase: '回教', instead: '伊斯兰教', why: { zh: '宗教名称用“伊斯兰教”', en: 'the religion is 伊斯兰教' }, notBefore: '室学材师育练' },
  { phrase: '黑人歹徒', instead: '歹徒', why: { zh: '报道犯罪不突出肤色、种族', en: 'crime reports do not single out race' } },
  { phrase: '八荣八耻', instead: '社会主义荣辱观', why: { zh: '规范提法为“社会主义荣辱观”', en: 'the standard wording is 社会主义荣辱观' } },
  { phrase: '村长', instead: '村委会主任', why: { zh: '村民委员会主任不称“村长”', en: 'the head of a villagers’ committee is 村委会主任' }, notAfter: '渔' },
  { phrase: '嫌犯', instead: '犯罪嫌疑人', why: { zh: '法律用语写全称“犯罪嫌疑人”', en: 'the legal term is 犯罪嫌疑人 in full' } },
  { phrase: '哇噻', instead: '', why: SLANG },
  { phrase: '妈的', instead: '', why: SLANG, notAfter: '妈姑舅姨大老后亲奶' },
  { phrase: 'TMD', instead: '', why: SLANG, notBefore: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', notAfter: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz' },
  { phrase: '隆重召开', instead: '召开', why: { zh: '“隆重召开”只用于党中央、国务院召开的重要会议，一般会议写“召开”', en: '隆重召开 is for the most important national meetings only' } },
];
