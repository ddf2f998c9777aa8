import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, type PDFObject, PDFRef, PDFString } from 'pdf-lib';

/**
 * Reading the two tree shapes PDF keeps its lookups in (ISO 32000-1, 7.9.6 and 7.9.7): a number tree (the structure
 * tree's ParentTree) and a name tree (named destinations under /Names), whether written flat or split into /Kids.
 */
type Lookup = (object: PDFObject | undefined) => PDFObject | undefined;

function treeEntries(
  node: PDFObject | undefined,
  lookup: Lookup,
  leafKey: 'Nums' | 'Names',
  visit: (key: PDFObject, value: PDFObject) => void,
) {
  const dict = lookup(node);
  if (!(dict instanceof PDFDict)) return;
  const leaves = lookup(dict.get(PDFName.of(leafKey)));
  if (leaves instanceof PDFArray) {
    for (let index = 0; index + 1 < leaves.size(); index += 2) visit(leaves.get(index), leaves.get(index + 1));
  }
  const kids = lookup(dict.get(PDFName.of('Kids')));
  if (kids instanceof PDFArray) for (const kid of kids.asArray()) treeEntries(kid, lookup, leafKey, visit);
}

/** A number tree's entries by key; values as written (often references). */
export function numberTreeEntries(root: PDFObject | undefined, lookup: Lookup): Map<number, PDFObject> {
  const entries = new Map<number, PDFObject>();
  treeEntries(root, lookup, 'Nums', (key, value) => {
    const number = lookup(key);
    if (number instanceof PDFNumber) entries.set(number.asNumber(), value);
  });
  return entries;
}

/** A name tree's entries by (decoded) name. */
export function nameTreeEntries(root: PDFObject | undefined, lookup: Lookup): Map<string, PDFObject> {
  const entries = new Map<string, PDFObject>();
  treeEntries(root, lookup, 'Names', (key, value) => {
    const name = lookup(key);
    if (name instanceof PDFString || name instanceof PDFHexString) entries.set(name.decodeText(), value);
  });
  return entries;
}

/** A lookup that follows references and leaves anything else as it is. */
export const lookupIn =
  (resolve: (ref: PDFRef) => PDFObject | undefined): Lookup =>
  (object) =>
    object instanceof PDFRef ? resolve(object) : object;
