import { DraftWarnings as DraftWarnings_d28832dc629700fe1e487f571596ea0b } from '../../../fields/draftWarnings/DraftWarnings.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationStatusCell as TranslationStatusCell_b7822b03dcc19747c11feceb3decf7b7 } from '../../../translations/admin/TranslationStatusCell.tsx'
import { TranslationStatusField as TranslationStatusField_3aba2f033c892ca2065a8032b19ac201 } from '../../../translations/admin/TranslationStatusField.tsx'
import { MarkReviewedButton as MarkReviewedButton_56e5b5d4f3dada0ab253905a9f1b32b7 } from '../../../review/admin/MarkReviewedButton'
import { OpeningHoursField as OpeningHoursField_f684eeeb7b3afa979033a0e6dc67a305 } from '../../../fields/openingHours/OpeningHoursField.tsx'
import { RebuildNowButton as RebuildNowButton_55084ce0339e234a5e5074a25e9b0ecc } from '../../../publishing/RebuildNowButton.tsx'
import { SiteBuildStatus as SiteBuildStatus_e432bf042db818bfa79a1aa3e8e13476 } from '../../../publishing/SiteBuildStatus.tsx'
import { ReviewDashboard as ReviewDashboard_3d0345d4c53f94fa874851e96eaa1c18 } from '../../../review/admin/ReviewDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/fields/draftWarnings/DraftWarnings.tsx#DraftWarnings": DraftWarnings_d28832dc629700fe1e487f571596ea0b,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/translations/admin/TranslationStatusCell.tsx#TranslationStatusCell": TranslationStatusCell_b7822b03dcc19747c11feceb3decf7b7,
  "/translations/admin/TranslationStatusField.tsx#TranslationStatusField": TranslationStatusField_3aba2f033c892ca2065a8032b19ac201,
  "/review/admin/MarkReviewedButton#MarkReviewedButton": MarkReviewedButton_56e5b5d4f3dada0ab253905a9f1b32b7,
  "/fields/openingHours/OpeningHoursField.tsx#OpeningHoursField": OpeningHoursField_f684eeeb7b3afa979033a0e6dc67a305,
  "/publishing/RebuildNowButton.tsx#RebuildNowButton": RebuildNowButton_55084ce0339e234a5e5074a25e9b0ecc,
  "/publishing/SiteBuildStatus.tsx#SiteBuildStatus": SiteBuildStatus_e432bf042db818bfa79a1aa3e8e13476,
  "/review/admin/ReviewDashboard#ReviewDashboard": ReviewDashboard_3d0345d4c53f94fa874851e96eaa1c18,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
