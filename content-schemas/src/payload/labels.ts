/** Admin labels in the admin's languages; editors mostly work in Spanish. */
export const label = (en: string, es: string) => ({ en, es });

/** Select options for a vocabulary, labelled for editors; values without labels (language codes) show as they are. */
export const selectOptions = <T extends string>(values: readonly T[], labels?: Record<T, ReturnType<typeof label>>) =>
  values.map((value) => ({ label: labels?.[value] ?? value, value }));
