import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { minutesSchemaExtensions } from '@cantiere/editor-schema/tiptap';
import { minutesExtensions } from './components/MinutesEditor';

/** What a schema lets a document hold: every node's and mark's content, group, attributes and their defaults. */
function shape(schema: Schema) {
  const attrs = (spec: { attrs?: Record<string, { default?: unknown }> }) =>
    Object.fromEntries(Object.entries(spec.attrs ?? {}).map(([name, a]) => [name, a.default ?? null]));
  return {
    top: schema.topNodeType.name,
    nodes: Object.fromEntries(
      Object.entries(schema.nodes).map(([name, type]) => [
        name,
        { content: type.spec.content ?? '', group: type.spec.group ?? '', inline: type.isInline, marks: type.spec.marks ?? null, attrs: attrs(type.spec) },
      ]),
    ),
    marks: Object.fromEntries(Object.entries(schema.marks).map(([name, type]) => [name, attrs(type.spec)])),
  };
}

describe('the minutes editor and the server read the same schema', () => {
  it('has the nodes and marks of libs/editor-schema, with the same content, groups and attributes', () => {
    const editor = shape(getSchema(minutesExtensions('Varie ed eventuali')));
    const server = shape(getSchema(minutesSchemaExtensions()));
    expect(Object.keys(editor.nodes).sort()).toEqual(Object.keys(server.nodes).sort());
    expect(editor).toEqual(server);
  });
});
