import { FieldDescription, FieldLabel } from '@payloadcms/ui';
import type { ServerFieldBase, StaticDescription, StaticLabel } from 'payload';
import { describeChange } from '../describeChange.ts';
import { describeShard } from '../describeShard.ts';
import type { BuildReason } from '../siteBuildQueue.ts';
import { publishingStrings } from '../strings.ts';

const isReason = (value: unknown): value is BuildReason =>
  typeof value === 'object' && value !== null && typeof (value as BuildReason).change === 'string';

/** A build record's stored value as lines an editor reads: its changes, the shards it rebuilt, or its output's end. */
function linesOf(name: string, value: unknown, language: string): string[] {
  if (name === 'reasons' && Array.isArray(value)) {
    const time = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' });
    return value.filter(isReason).map((reason) => `${time.format(new Date(reason.at))} · ${describeChange(reason.change, language)}`);
  }
  if (name === 'shardsRebuilt' && Array.isArray(value)) return value.map((id) => describeShard(String(id), language));
  if (typeof value === 'string') return value.split('\n');
  return value === null || value === undefined ? [] : [JSON.stringify(value, null, 2)];
}

/**
 * The read-only JSON and code fields of a build record (what asked for it, the shards rebuilt, the log's tail) as
 * preformatted text. Payload's own JSON and code fields load their editor from a CDN, which the admin's Content
 * Security Policy blocks, and a record nobody edits needs no editor.
 */
export function BuildRecordText({ clientField, data, i18n }: Pick<ServerFieldBase, 'clientField' | 'data' | 'i18n'>) {
  const name = 'name' in clientField ? clientField.name : '';
  const lines = linesOf(name, (data as Record<string, unknown> | undefined)?.[name], i18n.language);
  const label = 'label' in clientField ? clientField.label : undefined;
  const description = clientField.admin && 'description' in clientField.admin ? clientField.admin.description : undefined;
  return (
    <div className="field-type build-record-text">
      <FieldLabel label={label as StaticLabel | undefined} path={name} />
      <pre className="build-record-text__value" data-field={name}>
        {lines.length > 0 ? lines.join('\n') : publishingStrings(i18n.language).record.empty}
      </pre>
      {description ? <FieldDescription description={description as StaticDescription} path={name} /> : null}
    </div>
  );
}
