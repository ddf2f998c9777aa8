import type { LabelFunction } from 'payload';
import type {
  AlertSeverity,
  Audience,
  HubModality,
  PhoneType,
  RecruiterKind,
  RecruiterStatus,
  RecruitmentSector,
  ServiceCategory,
  ServiceStatus,
  TopicKind,
} from '../vocabularies.ts';
import { label } from './labels.ts';

type Labels<T extends string> = Record<T, LabelFunction>;

/**
 * What editors see in the admin for each vocabulary value. Typed as complete records, so a value added to a
 * vocabulary without its label fails the type check instead of showing "gender-based-violence" to an editor.
 */
export const topicKindLabels: Labels<TopicKind> = {
  'regular-channels': label('Regular migration channels', 'Vías regulares de migración', 'Voies régulières de migration'),
  risks: label('Risks of irregular migration', 'Riesgos de la migración irregular', 'Risques de la migration irrégulière'),
  'labour-migration': label('Labour migration', 'Migración laboral', 'Migration de travail'),
  services: label('Services and referrals', 'Servicios y referencias', 'Services et orientation'),
  return: label('Return and reintegration', 'Retorno y reintegración', 'Retour et réintégration'),
  wellbeing: label('Wellbeing', 'Bienestar', 'Bien-être'),
  'your-data': label('Your data', 'Tus datos', 'Vos données'),
};

export const audienceLabels: Labels<Audience> = {
  potential: label('Thinking of migrating', 'Piensa migrar', 'Envisage de migrer'),
  'in-transit': label('In transit', 'En tránsito', 'En transit'),
  settled: label('Living in the country', 'Vive en el país', 'Vit dans le pays'),
  returned: label('Returned', 'Retornada', 'De retour'),
};

export const serviceCategoryLabels: Labels<ServiceCategory> = {
  'legal-aid': label('Legal aid', 'Asesoría legal', 'Aide juridique'),
  health: label('Health', 'Salud', 'Santé'),
  shelter: label('Shelter', 'Albergue', 'Hébergement'),
  food: label('Food', 'Alimentación', 'Alimentation'),
  'child-protection': label('Child protection', 'Protección de la niñez', "Protection de l'enfance"),
  'gender-based-violence': label('Gender-based violence', 'Violencia basada en género', 'Violences basées sur le genre'),
  'psychosocial-support': label('Psychosocial support', 'Apoyo psicosocial', 'Soutien psychosocial'),
  education: label('Education', 'Educación', 'Éducation'),
  employment: label('Employment', 'Empleo', 'Emploi'),
  'civil-registry': label('Civil registry and documents', 'Registro civil y documentos', 'État civil et documents'),
  consular: label('Consular services', 'Servicios consulares', 'Services consulaires'),
};

export const serviceStatusLabels: Labels<ServiceStatus> = {
  active: label('Open', 'Abierto', 'Ouvert'),
  'temporarily-closed': label('Temporarily closed', 'Cerrado temporalmente', 'Fermé temporairement'),
  inactive: label('No longer offered', 'Ya no se ofrece', "N'est plus proposé"),
};

export const phoneTypeLabels: Labels<PhoneType> = {
  voice: label('Calls', 'Llamadas', 'Appels'),
  text: label('Text messages', 'Mensajes de texto', 'SMS'),
  whatsapp: label('WhatsApp', 'WhatsApp', 'WhatsApp'),
};

export const hubModalityLabels: Labels<HubModality> = {
  'in-person': label('In person', 'En persona', 'En personne'),
  phone: label('By phone', 'Por teléfono', 'Par téléphone'),
  whatsapp: label('WhatsApp', 'WhatsApp', 'WhatsApp'),
  video: label('Video call', 'Videollamada', 'Appel vidéo'),
};

export const alertSeverityLabels: Labels<AlertSeverity> = {
  info: label('Information', 'Información', 'Information'),
  warning: label('Warning', 'Advertencia', 'Avertissement'),
  danger: label('Danger', 'Peligro', 'Danger'),
};

export const recruiterStatusLabels: Labels<RecruiterStatus> = {
  licensed: label('Licensed', 'Con licencia vigente', 'Agréée'),
  suspended: label('Licence suspended', 'Licencia suspendida', 'Licence suspendue'),
  revoked: label('Licence revoked', 'Licencia revocada', 'Licence retirée'),
  expired: label('Licence expired', 'Licencia vencida', 'Licence expirée'),
};

export const recruiterKindLabels: Labels<RecruiterKind> = {
  agency: label('Private recruitment agency', 'Agencia privada de reclutamiento', 'Agence privée de recrutement'),
  programme: label('Public job-placement programme', 'Programa público de colocación', 'Programme public de placement'),
};

export const recruitmentSectorLabels: Labels<RecruitmentSector> = {
  agriculture: label('Agriculture', 'Agricultura', 'Agriculture'),
  construction: label('Construction', 'Construcción', 'Construction'),
  'care-and-domestic-work': label('Care and domestic work', 'Cuidados y trabajo doméstico', 'Soins et travail domestique'),
  hospitality: label('Hotels and restaurants', 'Hotelería y restaurantes', 'Hôtellerie et restauration'),
  manufacturing: label('Manufacturing', 'Industria', 'Industrie'),
  'fishing-and-seafaring': label('Fishing and work at sea', 'Pesca y trabajo en el mar', 'Pêche et travail en mer'),
  other: label('Other sectors', 'Otros sectores', 'Autres secteurs'),
};
