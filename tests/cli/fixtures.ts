// Pages and folders the config tests share.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A mainland page (no credits line, no bylines anywhere): its one long
 *  article unsigned is an uncertain byline/missing; it also holds a
 *  half-width comma (punct/halfwidth, a safe fix), 按步就班
 *  (word/misspelling) and ipad (text/stray-latin, info). */
export const PAGE = `城市更新让老街区焕发新活力

　　近年来，这座城市坚持以人民为中心的发展思想，把老旧小区改造作为重要的民生工程来抓,统筹推进基础设施完善、公共服务提升和居住环境改善。今年以来，全市共启动改造项目一百余个，惠及居民三万多户，群众的获得感、幸福感和安全感不断增强。
　　在改造过程中，各街道充分听取居民意见，坚持“一区一策”，按步就班确定改造内容。有的小区增设了电梯和无障碍设施，社区工作人员用 ipad 登记居民需求，还有的小区打通了消防通道，规范了停车秩序。居民们纷纷表示，生活环境变好了，日子过得更舒心了。
`;

/** Files under a fresh folder: `{ 'a/b/page.txt': text }`; returns the folder. */
export function tree(files: Record<string, string | object>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-config-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}
