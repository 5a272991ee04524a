// Character pairs that writers and input methods confuse: same or near
// reading (在/再, 以/已, 做/作), or near shape (己/已, 戌/戍, 崇/祟). The
// generator (scripts/words-data.ts) swaps them inside common words of jieba's
// dictionary to find look-alikes that are no word; word/confusable reports
// those. Written by us from the usual 错别字 lists.
export const CONFUSABLE_PAIRS: readonly string[] = (
  '在再 以已 作做 象像 即既 账帐 部步 至止 历厉 坐座 带戴 副付 型形 须需 制治 度渡 练炼 辨辩 侯候 ' +
  '暴爆 竟竞 拔拨 籍藉 幅副 融溶 励厉 查察 决绝 必毕 燥躁 彩采 题提 洲州 检捡 泻泄 祟崇 己已 ' +
  '未末 戌戍 析折 贯惯 暇瑕 璨灿 斑班 辍缀 篮蓝 渲宣 赡瞻 嘱瞩 俱具 慕幕 墓募 蜂峰 峰锋 ' +
  '剌刺 膺赝 栗粟 衷衰 待侍 急疾 粱梁 恰洽 驰弛 徙徒 澈彻 券卷 优尤 辉挥 蔓漫 睐徕 纷份 ' +
  '赢嬴 羸赢 惮殚 脍烩 筹愁 胫径 钧均 蛰蜇 鹜骛 躁噪 博搏 概慨 迭叠 竣峻 弛驰'
).split(' ');
