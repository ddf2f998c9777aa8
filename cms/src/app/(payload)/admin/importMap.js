import { PublishedOnSite as PublishedOnSite_7dcbb783f7dec347c9ca5c4a0d4762a2 } from '../../../publishing/admin/PublishedOnSite.tsx'
import { DraftWarnings as DraftWarnings_d28832dc629700fe1e487f571596ea0b } from '../../../fields/draftWarnings/DraftWarnings.tsx'
import { SpanishTitleCell as SpanishTitleCell_4770d2917cee87d6b328b620034a8178 } from '../../../translations/admin/SpanishTitleCell.tsx'
import { SpanishSource as SpanishSource_6913791a9d51eb5afe555c87be8e3da8 } from '../../../translations/admin/SpanishSource.tsx'
import { SpanishTitleAsHeading as SpanishTitleAsHeading_cc2c4114d81353b308799d82f2cd144c } from '../../../translations/admin/SpanishTitleAsHeading.tsx'
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
import { CalendarDayCell as CalendarDayCell_b54ac6be7452902bb3b6642d8abbb8ae } from '../../../i18n/admin/CalendarDay.tsx'
import { CalendarDayField as CalendarDayField_b54ac6be7452902bb3b6642d8abbb8ae } from '../../../i18n/admin/CalendarDay.tsx'
import { TranslationStatusCell as TranslationStatusCell_b7822b03dcc19747c11feceb3decf7b7 } from '../../../translations/admin/TranslationStatusCell.tsx'
import { TranslationStatusField as TranslationStatusField_3aba2f033c892ca2065a8032b19ac201 } from '../../../translations/admin/TranslationStatusField.tsx'
import { MarkReviewedButton as MarkReviewedButton_56e5b5d4f3dada0ab253905a9f1b32b7 } from '../../../review/admin/MarkReviewedButton'
import { CloseReportsOffer as CloseReportsOffer_fa47e75b2b2db85dfcb530cb001b1ee9 } from '../../../collections/Reports/admin/CloseReportsOffer'
import { DocumentStatus as DocumentStatus_29e2a3809bb451b8fbf4d7653d477010 } from '../../../translations/admin/DocumentStatus.tsx'
import { OpeningHoursField as OpeningHoursField_f684eeeb7b3afa979033a0e6dc67a305 } from '../../../fields/openingHours/OpeningHoursField.tsx'
import { BuildSummaryCell as BuildSummaryCell_95e43c22bb86fdc2f5d83daeef13efd7 } from '../../../publishing/admin/BuildSummaryCell.tsx'
import { BuildRecordText as BuildRecordText_7e96cb414670f4f1744a383bfb6f06d4 } from '../../../publishing/admin/BuildRecordText.tsx'
import { RebuildNowButton as RebuildNowButton_55084ce0339e234a5e5074a25e9b0ecc } from '../../../publishing/RebuildNowButton.tsx'
import { SiteBuildStatus as SiteBuildStatus_e432bf042db818bfa79a1aa3e8e13476 } from '../../../publishing/SiteBuildStatus.tsx'
import { ImportServicesNavLink as ImportServicesNavLink_0ad77aee85bae508fa2ffadb1837b2e2 } from '../../../import/admin/ImportServicesNavLink'
import { ReviewDashboard as ReviewDashboard_3d0345d4c53f94fa874851e96eaa1c18 } from '../../../review/admin/ReviewDashboard'
import { PublishingRoleMarker as PublishingRoleMarker_714c900831d08e34a929146aec027ad8 } from '../../../access/admin/PublishingRoleMarker.tsx'
import { SpanishSourceProvider as SpanishSourceProvider_486a5f72b4f5f4dc47227b50d990713a } from '../../../translations/admin/SpanishSourceProvider.tsx'
import { ImportServicesView as ImportServicesView_5a01e74442cdbeaab1771a351ebe095e } from '../../../import/admin/ImportServicesView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/publishing/admin/PublishedOnSite.tsx#PublishedOnSite": PublishedOnSite_7dcbb783f7dec347c9ca5c4a0d4762a2,
  "/fields/draftWarnings/DraftWarnings.tsx#DraftWarnings": DraftWarnings_d28832dc629700fe1e487f571596ea0b,
  "/translations/admin/SpanishTitleCell.tsx#SpanishTitleCell": SpanishTitleCell_4770d2917cee87d6b328b620034a8178,
  "/translations/admin/SpanishSource.tsx#SpanishSource": SpanishSource_6913791a9d51eb5afe555c87be8e3da8,
  "/translations/admin/SpanishTitleAsHeading.tsx#SpanishTitleAsHeading": SpanishTitleAsHeading_cc2c4114d81353b308799d82f2cd144c,
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
  "/i18n/admin/CalendarDay.tsx#CalendarDayCell": CalendarDayCell_b54ac6be7452902bb3b6642d8abbb8ae,
  "/i18n/admin/CalendarDay.tsx#CalendarDayField": CalendarDayField_b54ac6be7452902bb3b6642d8abbb8ae,
  "/translations/admin/TranslationStatusCell.tsx#TranslationStatusCell": TranslationStatusCell_b7822b03dcc19747c11feceb3decf7b7,
  "/translations/admin/TranslationStatusField.tsx#TranslationStatusField": TranslationStatusField_3aba2f033c892ca2065a8032b19ac201,
  "/review/admin/MarkReviewedButton#MarkReviewedButton": MarkReviewedButton_56e5b5d4f3dada0ab253905a9f1b32b7,
  "/collections/Reports/admin/CloseReportsOffer#CloseReportsOffer": CloseReportsOffer_fa47e75b2b2db85dfcb530cb001b1ee9,
  "/translations/admin/DocumentStatus.tsx#DocumentStatus": DocumentStatus_29e2a3809bb451b8fbf4d7653d477010,
  "/fields/openingHours/OpeningHoursField.tsx#OpeningHoursField": OpeningHoursField_f684eeeb7b3afa979033a0e6dc67a305,
  "/publishing/admin/BuildSummaryCell.tsx#BuildSummaryCell": BuildSummaryCell_95e43c22bb86fdc2f5d83daeef13efd7,
  "/publishing/admin/BuildRecordText.tsx#BuildRecordText": BuildRecordText_7e96cb414670f4f1744a383bfb6f06d4,
  "/publishing/RebuildNowButton.tsx#RebuildNowButton": RebuildNowButton_55084ce0339e234a5e5074a25e9b0ecc,
  "/publishing/SiteBuildStatus.tsx#SiteBuildStatus": SiteBuildStatus_e432bf042db818bfa79a1aa3e8e13476,
  "/import/admin/ImportServicesNavLink#ImportServicesNavLink": ImportServicesNavLink_0ad77aee85bae508fa2ffadb1837b2e2,
  "/review/admin/ReviewDashboard#ReviewDashboard": ReviewDashboard_3d0345d4c53f94fa874851e96eaa1c18,
  "/access/admin/PublishingRoleMarker.tsx#PublishingRoleMarker": PublishingRoleMarker_714c900831d08e34a929146aec027ad8,
  "/translations/admin/SpanishSourceProvider.tsx#SpanishSourceProvider": SpanishSourceProvider_486a5f72b4f5f4dc47227b50d990713a,
  "/import/admin/ImportServicesView#ImportServicesView": ImportServicesView_5a01e74442cdbeaab1771a351ebe095e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
