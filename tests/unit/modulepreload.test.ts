import { describe, expect, it } from 'vitest';
import { staticImports } from '../../src/integrations/modulepreload';

const files: Record<string, string> = {
  '/_astro/Island.js': 'import{a}from"./hooks.js";import"./side.js";const later=()=>import("./lazy.js");',
  '/_astro/hooks.js': 'import{b}from"./preact.js";export const a=1;',
  '/_astro/preact.js': 'export const b=2;',
  '/_astro/side.js': 'import{b}from"./preact.js";',
  '/_astro/lazy.js': 'import"./never.js";',
};

describe('staticImports', () => {
  it('follows static imports through every level, once each, and leaves what is loaded on request', () => {
    expect(staticImports('/_astro/Island.js', (u) => files[u]!).sort()).toEqual(['/_astro/hooks.js', '/_astro/preact.js', '/_astro/side.js']);
  });
});
