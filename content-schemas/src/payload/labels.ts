/** Admin labels in the admin's languages; editors mostly work in Spanish. */
export const label = (en: string, es: string) => ({ en, es });

export const selectOptions = (values: readonly string[]) => values.map((value) => ({ label: value, value }));
