/**
 * Plain text of a part of a page, as a reader would see it: block elements
 * start new lines, scripts and styles are skipped, and the result is bounded
 * (a huge message is cut, never read whole). It reads text nodes only, so it
 * can never return markup.
 */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'TEMPLATE',
  'NOSCRIPT',
  'IFRAME',
  'OBJECT',
  'SVG',
  'HEAD',
  'TITLE',
]);
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 ' +
    'HEADER HR LI MAIN NAV OL P PRE SECTION TABLE TBODY TD TR UL'
  ).split(' '),
);
/** Where a block starts or ends: adjacent edges make one line break, a <br> makes its own. */
// A private-use character: no email text carries it.
const EDGE = '\ue000';
const TEXT = 3;
const ELEMENT = 1;
/** Nodes visited at most, so a pathological page costs a bounded amount. */
const MAX_NODES = 50_000;

export interface TextOptions {
  /** Subtrees to leave out (quoted history, a signature). */
  skip?: (element: Element) => boolean;
  maxLength: number;
}

export function pageText(root: Node, { skip, maxLength }: TextOptions): string {
  if (root.nodeType === TEXT) return tidy(root.nodeValue ?? '').slice(0, maxLength);

  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  let node: Node | null = root.firstChild;

  // Depth first along firstChild/nextSibling: no child lists are built (they are slow in happy-dom and jsdom).
  while (node && length < maxLength && visited < MAX_NODES) {
    visited += 1;
    let descend = false;

    if (node.nodeType === TEXT) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
    } else if (node.nodeType === ELEMENT) {
      const tag = node.nodeName.toUpperCase();
      if (tag === 'BR') parts.push('\n');
      else if (!SKIPPED.has(tag) && !skip?.(node as Element)) {
        const block = BLOCKS.has(tag);
        if (block) parts.push(EDGE);
        if (node.firstChild) descend = true;
        else if (block) parts.push(EDGE);
      }
    }

    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb out of finished elements, closing their blocks, to the next sibling.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (
        node &&
        node !== root &&
        node.nodeType === ELEMENT &&
        BLOCKS.has(node.nodeName.toUpperCase())
      )
        parts.push(EDGE);
    }
    node = node && node !== root ? node.nextSibling : null;
  }

  return tidy(parts.join('')).slice(0, maxLength);
}

/** Spaces collapsed within lines, at most one blank line in a row, no blank edges. */
export function tidy(text: string): string {
  // Whole-string passes: splitting into lines costs more on long messages.
  return text
    .replace(/\ue000(?:[ \t]*\ue000)*/g, '\n')
    .replace(/[ \t\f\v\r\u00a0\u200b]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
