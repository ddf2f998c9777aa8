import { deepFreeze } from './deepFreeze.ts';

/**
 * `compute` for text, remembering its answers to the last `limit` distinct texts. For pure work a build repeats
 * for every page that shows the same value (opening hours read by the `opening_hours` library, a guide body
 * cleaned): a country's services mostly share a handful of opening hours, and one guide body is shown by its page,
 * its sheet and the checks. Answers are shared between callers, so they are frozen; a throw is not remembered.
 */
export function rememberByText<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (answers.has(text)) return answers.get(text) as T;
    const answer = deepFreeze(compute(text));
    // Maps keep insertion order: the first key is the oldest answer.
    if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    answers.set(text, answer);
    return answer;
  };
}
