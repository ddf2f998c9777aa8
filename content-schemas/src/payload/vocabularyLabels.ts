import type { AlertSeverity, Audience, HubModality, PhoneType, ServiceCategory, ServiceStatus, TopicKind } from '../vocabularies.ts';
import { label } from './labels.ts';

type Labels<T extends string> = Record<T, ReturnType<typeof label>>;

/**
 * What editors see in the admin for each vocabulary value. Typed as complete records, so a value added to a
 * vocabulary without its label fails the type check instead of showing "gender-based-violence" to an editor.
 */
export const topicKindLabels: Labels<TopicKind> = {
  'regular-channels': label('Regular migration channels', 'Vías regulares de migración'),
  risks: label('Risks of irregular migration', 'Riesgos de la migración irregular'),
  'labour-migration': label('Labour migration', 'Migración laboral'),
  services: label('Services and referrals', 'Servicios y referencias'),
  return: label('Return and reintegration', 'Retorno y reintegración'),
  wellbeing: label('Wellbeing', 'Bienestar'),
  'your-data': label('Your data', 'Tus datos'),
};

export const audienceLabels: Labels<Audience> = {
  potential: label('Thinking of migrating', 'Piensa migrar'),
  'in-transit': label('In transit', 'En tránsito'),
  settled: label('Living in the country', 'Vive en el país'),
  returned: label('Returned', 'Retornada'),
};

export const serviceCategoryLabels: Labels<ServiceCategory> = {
  'legal-aid': label('Legal aid', 'Asesoría legal'),
  health: label('Health', 'Salud'),
  shelter: label('Shelter', 'Albergue'),
  food: label('Food', 'Alimentación'),
  'child-protection': label('Child protection', 'Protección de la niñez'),
  'gender-based-violence': label('Gender-based violence', 'Violencia basada en género'),
  'psychosocial-support': label('Psychosocial support', 'Apoyo psicosocial'),
  education: label('Education', 'Educación'),
  employment: label('Employment', 'Empleo'),
  'civil-registry': label('Civil registry and documents', 'Registro civil y documentos'),
  consular: label('Consular services', 'Servicios consulares'),
};

export const serviceStatusLabels: Labels<ServiceStatus> = {
  active: label('Open', 'Abierto'),
  'temporarily-closed': label('Temporarily closed', 'Cerrado temporalmente'),
  inactive: label('No longer offered', 'Ya no se ofrece'),
};

export const phoneTypeLabels: Labels<PhoneType> = {
  voice: label('Calls', 'Llamadas'),
  text: label('Text messages', 'Mensajes de texto'),
  whatsapp: label('WhatsApp', 'WhatsApp'),
};

export const hubModalityLabels: Labels<HubModality> = {
  'in-person': label('In person', 'En persona'),
  phone: label('By phone', 'Por teléfono'),
  whatsapp: label('WhatsApp', 'WhatsApp'),
  video: label('Video call', 'Videollamada'),
};

export const alertSeverityLabels: Labels<AlertSeverity> = {
  info: label('Information', 'Información'),
  warning: label('Warning', 'Advertencia'),
  danger: label('Danger', 'Peligro'),
};
