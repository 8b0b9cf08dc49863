import { getSchema } from '@tiptap/core';
import type { DOMOutputSpec, Schema } from '@tiptap/pm/model';
import { ACTION_ATTRS, BLOCK_HTML_TAGS, DECISION_ATTRS, HEADING, LINK, MARK_HTML_TAGS, MINUTES_BODY_CONTENT, MINUTES_NODES, SECTION_ATTRS } from './index';
import { documentSchemaExtensions, minutesSchemaExtensions } from './tiptap';
import { PLAN_PARAGRAPH_NODE } from '@cantiere/collab';

/** The element name of a rendered node or mark. */
const tagOf = (spec: DOMOutputSpec) => (Array.isArray(spec) ? spec[0] : String(spec));

function renderedTag(schema: Schema, name: string, attrs?: Record<string, unknown>): string {
  const type = schema.nodes[name];
  const node = type.createAndFill(attrs) ?? type.create(attrs);
  return tagOf(type.spec.toDOM!(node));
}

const SERVER_KNOWN = new Set(['doc', 'text', HEADING.name, ...Object.keys(BLOCK_HTML_TAGS)]);

describe('the server reads the documents with the editor schema', () => {
  const schema = getSchema(documentSchemaExtensions());

  it('knows every node of a free document and writes it as the editor renders it', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...SERVER_KNOWN].sort());
    for (const [name, tag] of Object.entries(BLOCK_HTML_TAGS)) expect([name, renderedTag(schema, name)]).toEqual([name, tag]);
    expect(renderedTag(schema, HEADING.name, { [HEADING.levelAttr]: 3 })).toBe('h3');
    expect(schema.nodes[HEADING.name].spec.attrs?.[HEADING.levelAttr]).toBeDefined();
  });

  it("writes a plan record's description seeded from plain text in paragraphs the editor knows", () => {
    expect(schema.nodes[PLAN_PARAGRAPH_NODE]).toBeDefined();
    expect(renderedTag(schema, PLAN_PARAGRAPH_NODE)).toBe('p');
  });

  it('knows every mark and writes it as the editor renders it', () => {
    expect(Object.keys(schema.marks).sort()).toEqual([...Object.keys(MARK_HTML_TAGS), LINK.name].sort());
    for (const [name, tag] of Object.entries(MARK_HTML_TAGS))
      expect([name, tagOf(schema.marks[name].spec.toDOM!(schema.marks[name].create(), true))]).toEqual([name, tag]);
    const link = schema.marks[LINK.name];
    expect(tagOf(link.spec.toDOM!(link.create({ [LINK.hrefAttr]: 'https://example.org' }), true))).toBe('a');
  });

  it('has the minutes nodes the projection reads, with their attributes, and their body shape', () => {
    const minutes = getSchema(minutesSchemaExtensions());
    expect(minutes.topNodeType.spec.content).toBe(MINUTES_BODY_CONTENT);
    const attrs = (name: string) => Object.keys(minutes.nodes[name].spec.attrs ?? {}).sort();
    expect(attrs(MINUTES_NODES.section)).toEqual(Object.values(SECTION_ATTRS).sort());
    expect(attrs(MINUTES_NODES.decision)).toEqual(Object.values(DECISION_ATTRS).sort());
    expect(attrs(MINUTES_NODES.action)).toEqual(Object.values(ACTION_ATTRS).sort());
    expect(attrs(MINUTES_NODES.otherBusiness)).toEqual([]);
    expect(Object.keys(minutes.nodes).sort()).toEqual([...SERVER_KNOWN, ...Object.values(MINUTES_NODES)].sort());
    expect(Object.keys(minutes.marks).sort()).toEqual(Object.keys(schema.marks).sort());
  });
});
