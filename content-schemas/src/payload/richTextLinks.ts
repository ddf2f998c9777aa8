import { describeLinkProblem } from '../checks/linkSchemes.ts';

/**
 * Refuses rich text (the editor's Lexical JSON) with a link whose scheme is not allowed: `javascript:`, `data:`,
 * `vbscript:`… can be typed into the link dialog or pasted as JSON over the API. Links to another guide are
 * references, not addresses, and are left to the exporter. The site's sanitiser drops such links anyway; refusing
 * them here tells the editor while they can still fix it.
 */
export function validateRichTextLinks(value: unknown): true | string {
  const problems = new Set<string>();
  collectLinkProblems(value, problems, 0);
  return problems.size === 0 ? true : [...problems].join('; ');
}

/** Lexical documents from the editor are a few levels deep; a deeper one is refused rather than walked forever. */
const deepestNesting = 200;

function collectLinkProblems(node: unknown, problems: Set<string>, depth: number): void {
  if (typeof node !== 'object' || node === null) return;
  if (depth > deepestNesting) {
    problems.add(`the text is nested more than ${deepestNesting} levels deep`);
    return;
  }
  const record = node as Record<string, unknown>;
  if (record.type === 'link' || record.type === 'autolink') {
    const fields = record.fields as Record<string, unknown> | undefined;
    if (fields?.linkType !== 'internal' && typeof fields?.url === 'string') {
      const problem = describeLinkProblem(fields.url);
      if (problem) problems.add(problem);
    }
  }
  const children = Array.isArray(record.children) ? record.children : [];
  for (const child of children) collectLinkProblems(child, problems, depth + 1);
  if ('root' in record) collectLinkProblems(record.root, problems, depth + 1);
}
