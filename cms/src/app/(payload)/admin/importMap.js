import { SlugFieldWithDescription as SlugFieldWithDescription_c24fcd9e5a1774b8833be8dc826c437c } from '../../../components/SlugFieldWithDescription'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationStatusCell as TranslationStatusCell_2783ecb5888a3d66d0b5d292dcd9d2b7 } from '../../../components/TranslationStatusCell'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MissingEnglishLink as MissingEnglishLink_d6f24c4fb4bfce023096db107319a214 } from '../../../components/MissingEnglishLink'
import { ScheduledList as ScheduledList_5284ac29b4779edbcdd73364ba9f1b53 } from '../../../components/ScheduledList'
import { DiscardUntouchedDraft as DiscardUntouchedDraft_0268094511759f405eeaaad41f6e4357 } from '../../../components/DiscardUntouchedDraft'
import { ScheduledPublishButton as ScheduledPublishButton_1d6c9406bfcd366fd4b256530428668b } from '../../../components/ScheduledPublishButton'
import { TurnIntoProject as TurnIntoProject_8fcbd32891808f98087aa5c5af61c4cd } from '../../../components/TurnIntoProject'
import { MergeInquiry as MergeInquiry_c250bad8ad520502187c3f6d235b4f36 } from '../../../components/MergeInquiry'
import { LeadDashboard as LeadDashboard_be3e3250275230fd6ea981189df1aae2 } from '../../../components/LeadDashboard'
import { TimelineTextCell as TimelineTextCell_a8c26519d0893b1ac3779e3f1461a9ce } from '../../../components/TimelineTextCell'
import { ReplyTemplateField as ReplyTemplateField_239f998e3a01400bfe5234d69f7236e6 } from '../../../components/ReplyTemplateField'
import { PublishProjectPage as PublishProjectPage_d74cfbdeb448168744b2808445649208 } from '../../../components/PublishProjectPage'
import { ProjectLists as ProjectLists_5366f537a977c1bca5a10b996b184d9d } from '../../../components/ProjectLists'
import { ServiceAccountNote as ServiceAccountNote_da6406d9ccc141b464038508c19cdbcb } from '../../../components/ServiceAccountNote'
import { LinkToDoc as LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { ReindexButton as ReindexButton_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { EditingLocaleBanner as EditingLocaleBanner_3a63d553dec4bc56f62604fb3a03d6f2 } from '../../../components/EditingLocaleBanner'
import { MonthlyReportLink as MonthlyReportLink_a2b0b3fc0e09365ce1264a804449d73d } from '../../../components/MonthlyReportLink'
import { EditorGuideLink as EditorGuideLink_4fbee0f9ba65364a3774ccd61b7af392 } from '../../../components/EditorGuideLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { EditorGuide as EditorGuide_51cf870e234cf1a106297d48123bac77 } from '../../../components/EditorGuide'
import { MonthlyReport as MonthlyReport_b6adf936a7cca9dddf6cb6c74fce29e9 } from '../../../components/MonthlyReport'
import { NoPermission as NoPermission_b504676877a8e11548c55a2a83326546 } from '../../../components/NoPermission'
import { LedgerView as LedgerView_acca33bea5d067fa64d39c564233195c } from '../../../components/LedgerView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/SlugFieldWithDescription#SlugFieldWithDescription": SlugFieldWithDescription_c24fcd9e5a1774b8833be8dc826c437c,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/TranslationStatusCell#TranslationStatusCell": TranslationStatusCell_2783ecb5888a3d66d0b5d292dcd9d2b7,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "/components/MissingEnglishLink#MissingEnglishLink": MissingEnglishLink_d6f24c4fb4bfce023096db107319a214,
  "/components/ScheduledList#ScheduledList": ScheduledList_5284ac29b4779edbcdd73364ba9f1b53,
  "/components/DiscardUntouchedDraft#DiscardUntouchedDraft": DiscardUntouchedDraft_0268094511759f405eeaaad41f6e4357,
  "/components/ScheduledPublishButton#ScheduledPublishButton": ScheduledPublishButton_1d6c9406bfcd366fd4b256530428668b,
  "/components/TurnIntoProject#TurnIntoProject": TurnIntoProject_8fcbd32891808f98087aa5c5af61c4cd,
  "/components/MergeInquiry#MergeInquiry": MergeInquiry_c250bad8ad520502187c3f6d235b4f36,
  "/components/LeadDashboard#LeadDashboard": LeadDashboard_be3e3250275230fd6ea981189df1aae2,
  "/components/TimelineTextCell#TimelineTextCell": TimelineTextCell_a8c26519d0893b1ac3779e3f1461a9ce,
  "/components/ReplyTemplateField#ReplyTemplateField": ReplyTemplateField_239f998e3a01400bfe5234d69f7236e6,
  "/components/PublishProjectPage#PublishProjectPage": PublishProjectPage_d74cfbdeb448168744b2808445649208,
  "/components/ProjectLists#ProjectLists": ProjectLists_5366f537a977c1bca5a10b996b184d9d,
  "/components/ServiceAccountNote#ServiceAccountNote": ServiceAccountNote_da6406d9ccc141b464038508c19cdbcb,
  "@payloadcms/plugin-search/client#LinkToDoc": LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634,
  "@payloadcms/plugin-search/client#ReindexButton": ReindexButton_aead06e4cbf6b2620c5c51c9ab283634,
  "/components/EditingLocaleBanner#EditingLocaleBanner": EditingLocaleBanner_3a63d553dec4bc56f62604fb3a03d6f2,
  "/components/MonthlyReportLink#MonthlyReportLink": MonthlyReportLink_a2b0b3fc0e09365ce1264a804449d73d,
  "/components/EditorGuideLink#EditorGuideLink": EditorGuideLink_4fbee0f9ba65364a3774ccd61b7af392,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/EditorGuide#EditorGuide": EditorGuide_51cf870e234cf1a106297d48123bac77,
  "/components/MonthlyReport#MonthlyReport": MonthlyReport_b6adf936a7cca9dddf6cb6c74fce29e9,
  "/components/NoPermission#NoPermission": NoPermission_b504676877a8e11548c55a2a83326546,
  "/components/LedgerView#LedgerView": LedgerView_acca33bea5d067fa64d39c564233195c,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
