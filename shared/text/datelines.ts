// The one definition of a dateline (电头) opening a story's first paragraph:
// 本报讯, 本报北京11月23日电, 本报济南11月28日讯, 新华社北京11月23日电,
// 据新华社电, 中新社…电, 中新网/人民网/新华网…电, 【…】. The parser reads such
// a paragraph as the lead; the continuation analysis knows a lead never
// finishes another paragraph's sentence.
const DATE = '(?:\\d{1,2}月\\d{1,2}日)?';
const PLACE = '[\\u4e00-\\u9fff]{0,6}';
export const DATELINE_RE = new RegExp(
  `^(?:本[报報][讯訊]|本[报報](?!记者|記者|通讯员|通訊員|评论员|特约|新闻|日前|近日|今日|昨日)${PLACE}${DATE}[电讯電訊]|(?:据)?(?:新华社|中新社|中新网|人民网|新华网|央视网)${PLACE}${DATE}电|【[^】]{1,12}】)`,
  'u',
);
