import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFObject,
  type PDFObjectCopier,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { lookupIn, numberTreeEntries } from './pdfTrees.ts';

/**
 * The tags of some pages of a tagged PDF (ISO 32000-1, 14.7: the structure tree that screen readers and
 * reflowing readers use), copied into a PDF made of those pages. The pages, their annotations and their fonts are
 * copied as they are; this copies the structure elements whose content is on them (an element with content on
 * other pages too, such as the tree's Document root, keeps only its children on these pages), and rebuilds what
 * links pages back to elements (the ParentTree) and the index of element ids (the IDTree).
 */
export interface StructureCopy {
  dest: PDFDocument;
  /** The copier the pages were copied with: it maps their annotations to the copies. */
  copier: PDFObjectCopier;
  /** Each page of the source to copy, in order, with the reference of its copy. */
  pages: ReadonlyMap<PDFRef, PDFRef>;
}

const K = PDFName.of('K');
const P = PDFName.of('P');
const Pg = PDFName.of('Pg');
const S = PDFName.of('S');
const ID = PDFName.of('ID');
const Annots = PDFName.of('Annots');
const StructParent = PDFName.of('StructParent');
const StructParents = PDFName.of('StructParents');

/**
 * Reads a tagged PDF's structure tree once (which pages each element's content is on), for copying the tags of
 * each of its sheets in turn; `undefined` when the PDF has no tags.
 */
export function structureOf(src: PDFDocument): ((copy: StructureCopy) => void) | undefined {
  const lookup = lookupIn((ref) => src.context.lookup(ref));
  const root = src.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return undefined;
  const parentTree = numberTreeEntries(root.get(PDFName.of('ParentTree')), lookup);

  const pageOf = (object: PDFObject | undefined, inherited: PDFRef | undefined): PDFRef | undefined => {
    const dict = lookup(object);
    const page = dict instanceof PDFDict ? dict.get(Pg) : undefined;
    return page instanceof PDFRef ? page : inherited;
  };
  const isElement = (object: PDFObject | undefined): object is PDFRef => {
    if (!(object instanceof PDFRef)) return false;
    const dict = lookup(object);
    return dict instanceof PDFDict && dict.has(S);
  };
  const kidsOf = (element: PDFDict): PDFObject[] => {
    const kids = element.get(K);
    if (kids === undefined) return [];
    const resolved = lookup(kids);
    return resolved instanceof PDFArray ? resolved.asArray() : [kids];
  };

  /** The pages an element's content is on, in order of its content; integer kids are on the nearest /Pg above. */
  const touched = new Map<PDFRef, PDFRef[]>();
  const pagesTouched = (ref: PDFRef, inherited: PDFRef | undefined): PDFRef[] => {
    const known = touched.get(ref);
    if (known) return known;
    const element = lookup(ref) as PDFDict;
    const own = pageOf(element, inherited);
    const found = kidsOf(element).flatMap((kid) => kidPages(kid, own));
    touched.set(ref, found);
    return found;
  };
  const kidPages = (kid: PDFObject, inherited: PDFRef | undefined): PDFRef[] => {
    if (isElement(kid)) return pagesTouched(kid, inherited);
    const page = kid instanceof PDFNumber ? inherited : pageOf(kid, inherited);
    return page ? [page] : [];
  };

  return ({ dest, copier, pages }) => {
    const copiedElements = new Map<PDFRef, PDFRef>();
    const ids: [string, PDFRef][] = [];

    /**
     * Whether each kid belongs to these pages. Content says where it is; a kid without content (an empty element)
     * goes with the content just before it, or the first after it.
     */
    const kidsOnPages = (kids: PDFObject[], inherited: PDFRef | undefined): boolean[] => {
      const placed = kids.map((kid) => kidPages(kid, inherited));
      return placed.map((found, index) => {
        if (found.length > 0) return found.some((page) => pages.has(page));
        const before = placed
          .slice(0, index)
          .reverse()
          .find((other) => other.length > 0);
        const anchor = before?.at(-1) ?? placed.slice(index + 1).find((other) => other.length > 0)?.[0];
        return anchor !== undefined && pages.has(anchor);
      });
    };

    const copyKids = (kids: PDFObject[], parent: PDFRef, inherited: PDFRef | undefined): PDFObject[] => {
      const onPages = kidsOnPages(kids, inherited);
      return kids.filter((_kid, index) => onPages[index]).map((kid) => copyKid(kid, parent, inherited));
    };

    const copyKid = (kid: PDFObject, parent: PDFRef, inherited: PDFRef | undefined): PDFObject => {
      if (isElement(kid)) return copyElement(kid, parent, inherited);
      if (kid instanceof PDFNumber) return kid;
      // A marked-content reference (MCR) or an annotation reference (OBJR): the same, to the copied page and annotation.
      const reference = lookup(kid) as PDFDict;
      const copy = dest.context.obj({});
      for (const [key, value] of reference.entries())
        copy.set(key, key === Pg ? (pages.get(value as PDFRef) ?? PDFNull) : copier.copy(value));
      return kid instanceof PDFRef ? dest.context.register(copy) : copy;
    };

    const copyElement = (ref: PDFRef, parent: PDFRef, inherited: PDFRef | undefined): PDFRef => {
      const element = lookup(ref) as PDFDict;
      const copy = dest.context.obj({});
      const copyRef = dest.context.register(copy);
      copiedElements.set(ref, copyRef);
      for (const [key, value] of element.entries()) {
        if (key === P || key === K) continue;
        if (key !== Pg) copy.set(key, copier.copy(value));
        else if (pages.has(value as PDFRef)) copy.set(key, pages.get(value as PDFRef) as PDFRef);
      }
      copy.set(P, parent);
      const id = lookup(element.get(ID));
      if (id instanceof PDFString || id instanceof PDFHexString) ids.push([id.decodeText(), copyRef]);
      const kids = copyKids(kidsOf(element), copyRef, pageOf(element, inherited));
      if (element.has(K))
        copy.set(K, kids.length === 1 && !(lookup(element.get(K)) instanceof PDFArray) ? (kids[0] as PDFObject) : dest.context.obj(kids));
      return copyRef;
    };

    const newRoot = dest.context.obj({ Type: 'StructTreeRoot' });
    const newRootRef = dest.context.register(newRoot);
    const top = copyKids(kidsOf(root), newRootRef, undefined);
    newRoot.set(K, top.length === 1 && !(lookup(root.get(K)) instanceof PDFArray) ? (top[0] as PDFObject) : dest.context.obj(top));
    for (const key of ['RoleMap', 'ClassMap'].map((text) => PDFName.of(text))) {
      const value = root.get(key);
      if (value) newRoot.set(key, copier.copy(value));
    }

    // The ParentTree again, numbered from 0: each page's marked content, then each of its annotations, to its element.
    const mapped = (value: PDFObject | undefined): PDFObject => {
      const resolved = lookup(value);
      if (resolved instanceof PDFArray) return dest.context.obj(resolved.asArray().map(mapped));
      return value instanceof PDFRef ? (copiedElements.get(value) ?? PDFNull) : PDFNull;
    };
    const numbers: PDFObject[] = [];
    const nextKey = (key: PDFObject | undefined): PDFNumber => {
      const next = PDFNumber.of(numbers.length / 2);
      const number = lookup(key);
      numbers.push(next, mapped(number instanceof PDFNumber ? parentTree.get(number.asNumber()) : undefined));
      return next;
    };
    for (const [srcPage, destPage] of pages) {
      const srcDict = src.context.lookup(srcPage, PDFDict);
      const destDict = dest.context.lookup(destPage, PDFDict);
      if (srcDict.has(StructParents)) destDict.set(StructParents, nextKey(srcDict.get(StructParents)));
      const srcAnnots = lookup(srcDict.get(Annots));
      const destAnnots = dest.context.lookup(destDict.get(Annots));
      if (!(srcAnnots instanceof PDFArray) || !(destAnnots instanceof PDFArray)) continue;
      srcAnnots.asArray().forEach((annot, index) => {
        const key = (lookup(annot) as PDFDict | undefined)?.get(StructParent);
        const copy = dest.context.lookup(destAnnots.get(index));
        if (key && copy instanceof PDFDict) copy.set(StructParent, nextKey(key));
      });
    }
    newRoot.set(PDFName.of('ParentTree'), dest.context.obj({ Nums: numbers }));
    newRoot.set(PDFName.of('ParentTreeNextKey'), PDFNumber.of(numbers.length / 2));
    if (ids.length > 0) {
      ids.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      newRoot.set(PDFName.of('IDTree'), dest.context.obj({ Names: ids.flatMap(([id, ref]) => [PDFString.of(id), ref]) }));
    }
    dest.catalog.set(PDFName.of('StructTreeRoot'), newRootRef);
  };
}
