/** Does the sticky regular expression `re` (flag y) match at `at`? No
 *  slice of the text is made. */
export function matchesAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}
