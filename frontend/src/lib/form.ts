// Reading the fields of a submitted form.

/**
 * The text of a form field, '' when the form has none by that name. FormData
 * gives a File only for file inputs, which no form here has.
 */
export function fieldText(v: FormDataEntryValue | null): string {
  return typeof v === 'string' ? v : '';
}
