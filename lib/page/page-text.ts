/**
 * Plain text of a part of a page, as a reader would see it: block elements
 * start new lines, scripts and styles are skipped, and the result is bounded
 * (a huge message is cut, never read whole). It reads text nodes only, so it
 * can never return markup.
 */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'svg', 'HEAD', 'TITLE']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD',
  'TR', 'UL',
]);
/** Where a block starts or ends: adjacent edges make one line break, a <br> makes its own. */
// A private-use character: no email text carries it.
const EDGE = '\ue000';
/** Elements visited at most, so a pathological page costs a bounded amount. */
const MAX_NODES = 50_000;

export interface TextOptions {
  /** Subtrees to leave out (quoted history, a signature). */
  skip?: (element: Element) => boolean;
  maxLength: number;
}

export function pageText(root: Node, { skip, maxLength }: TextOptions): string {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const stack: (Node | typeof EDGE)[] = [root];

  while (stack.length > 0 && length < maxLength && visited < MAX_NODES) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === EDGE) {
      parts.push(EDGE);
      continue;
    }
    visited += 1;

    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;

    if (node.nodeType === 1) {
      const element = node as Element;
      if (SKIPPED.has(element.tagName) || (node !== root && skip?.(element))) continue;
      const tag = element.tagName.toUpperCase();
      if (tag === 'BR') {
        parts.push('\n');
        continue;
      }
      if (BLOCKS.has(tag)) {
        parts.push(EDGE);
        stack.push(EDGE);
      }
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }

  return tidy(parts.join('')).slice(0, maxLength);
}

/** Spaces collapsed within lines, at most one blank line in a row, no blank edges. */
export function tidy(text: string): string {
  return text
    .replace(/\ue000(?:[ \t]*\ue000)*/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\r\u200b]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
