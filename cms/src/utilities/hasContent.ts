/** Whether a value says anything: rich text counts only if it holds some text. */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && 'root' in value) return holdsText((value as { root: unknown }).root);
  return true;
}

function holdsText(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const { text, children } = node as { text?: unknown; children?: unknown };
  if (typeof text === 'string' && text.trim() !== '') return true;
  return Array.isArray(children) && children.some(holdsText);
}
