// The one definition of a dateline (电头) opening a story's first paragraph:
// 本报讯, 本报北京11月23日电, 新华社北京11月23日电, 据新华社电, 中新社…电,
// 【…】. The parser reads such a paragraph as the lead; the continuation
// analysis knows a lead never finishes another paragraph's sentence.
export const DATELINE_RE =
  /^(?:本报讯|本报[\u4e00-\u9fff]{1,6}(?:\d{1,2}月\d{1,2}日)?电|(?:据)?(?:新华社|中新社)[\u4e00-\u9fff]{0,8}(?:\d{1,2}月\d{1,2}日)?电|【[^】]{1,12}】)/;
