import { isRecord } from '../../utilities/isRecord.ts';

/** The value at a form path such as `steps.2.title` in a document read from the API (rows share their order). */
export function valueAtPath(document: Record<string, unknown>, path: string): unknown {
  let current: unknown = document;
  for (const segment of path.split('.')) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isRecord(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote']);

/**
 * What a translator reads and copies of a field: text as it is, rich text as plain text with a line per paragraph,
 * heading and list item. Empty when the field has no text.
 */
export function sourceText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (isRecord(value) && isRecord(value.root)) return blocksOf(value.root).join('\n').trim();
  return '';
}

function blocksOf(node: Record<string, unknown>): string[] {
  const children = Array.isArray(node.children) ? node.children.filter(isRecord) : [];
  if (blockTypes.has(String(node.type)) && !children.some((child) => blockTypes.has(String(child.type)) || child.type === 'list')) {
    return [inlineText(node)];
  }
  return children.flatMap(blocksOf);
}

function inlineText(node: Record<string, unknown>): string {
  if (typeof node.text === 'string') return node.text;
  if (node.type === 'linebreak') return '\n';
  const children = Array.isArray(node.children) ? node.children.filter(isRecord) : [];
  return children.map(inlineText).join('');
}
