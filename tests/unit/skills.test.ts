import * as linguist from 'linguist-languages';
import { describe, expect, it } from 'vitest';
import { type CompactLexicon, findSkills, lexiconEntries, parseLexicon, skillsIn } from '../../src/core/analyze/skills';
import { splitDescription } from '../../src/core/analyze/sections';

const names = (text: string) => skillsIn(text).map((m) => m.entry.name);
const found = (description: string) => findSkills(splitDescription(description).sentences, 'Engineer').map((k) => k.name);

const LEXICON = lexiconEntries();

describe('the lexicon', () => {
  const fold = (s: string) => s.toLowerCase().replace(/[\s.\-_]+/g, '');

  it('reads its compact form: names, aliases and the two marks', () => {
    const data: CompactLexicon = { language: ['Python|py', '!Go|golang', '?Chef'], tool: ['!?R|GNU R', 'Aha!'] };
    expect(parseLexicon(data)).toEqual([
      { name: 'Python', aliases: ['py'], category: 'language' },
      { name: 'Go', aliases: ['golang'], category: 'language', caseSensitive: true },
      { name: 'Chef', category: 'language', ambiguous: true },
      { name: 'R', aliases: ['GNU R'], category: 'tool', caseSensitive: true, ambiguous: true },
      { name: 'Aha!', category: 'tool' },
    ]);
  });

  it('has at least 1,500 entries in known categories', () => {
    expect(LEXICON.length).toBeGreaterThanOrEqual(1500);
    const categories = new Set(['language', 'framework', 'library', 'database', 'cloud', 'devops', 'data', 'ml', 'mobile', 'frontend', 'testing', 'security', 'tool', 'os', 'method', 'design', 'product', 'marketing', 'sales', 'finance', 'hr', 'legal', 'healthcare', 'engineering', 'supply-chain', 'support', 'office', 'certification', 'domain', 'format']);
    expect(LEXICON.filter((e) => !categories.has(e.category)).map((e) => e.name)).toEqual([]);
  });

  it('gives every name and alias to one entry only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of LEXICON) {
      for (const form of new Set([entry.name, ...(entry.aliases ?? [])].map(fold))) {
        const other = owner.get(form);
        if (other && other !== entry.name) clashes.push(`${form}: ${other} / ${entry.name}`);
        owner.set(form, entry.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names programming languages as GitHub Linguist’s maintained list does', () => {
    // Linguist (the linguist-languages package) is the maintained list of languages with their
    // aliases. Every language in the lexicon is in it, by name or alias, except these, which
    // postings name but Linguist files elsewhere or not at all.
    const notInLinguist = new Set(['Apache Thrift', 'assembly language', 'Embedded C', 'Google Apps Script', 'JSON Schema', 'PL/I', 'PL/pgSQL', 'PL/SQL', 'Rego', 'shell scripting', 'T-SQL', 'XPath']);
    const known = new Set<string>();
    for (const [name, language] of Object.entries(linguist)) {
      known.add(name.toLowerCase());
      for (const alias of (language as { aliases?: string[] }).aliases ?? []) known.add(alias.toLowerCase());
    }
    const languages = LEXICON.filter((e) => e.category === 'language');
    const unknown = languages.filter((e) => !known.has(e.name.toLowerCase()) && !(e.aliases ?? []).some((a) => known.has(a.toLowerCase())));
    expect(unknown.map((e) => e.name).filter((n) => !notInLinguist.has(n))).toEqual([]);
    expect(languages.length - unknown.length).toBeGreaterThanOrEqual(90);
  });

  it('matches short names only as written', () => {
    const short = LEXICON.flatMap((e) => [e.name, ...(e.aliases ?? [])].filter((f) => f.length <= 2).map((f) => ({ f, e })));
    expect(short.filter(({ e }) => !e.caseSensitive).map(({ f }) => f)).toEqual([]);
  });
});

describe('finding skills', () => {
  it('does not find languages in ordinary English', () => {
    expect(found('Go beyond what is asked. We rust-proof our bridges. Swift decisions matter. R&D and C-level reviews. Express your ideas.')).toEqual([]);
  });

  it('finds them where they are skills', () => {
    expect(found('- Experience with Go and PostgreSQL\n- Rust or C++ in production\n- Swift and SwiftUI for iOS')).toEqual(
      expect.arrayContaining(['Go', 'PostgreSQL', 'Rust', 'C++', 'Swift', 'SwiftUI', 'iOS']),
    );
    expect(found('- Statistics in R and Python')).toEqual(expect.arrayContaining(['R', 'Python']));
  });

  it('knows aliases and abbreviations and keeps the posting’s own word', () => {
    const skills = findSkills(splitDescription('- Run k8s clusters on GCP with Postgres\n- Write JS and TS').sentences, 'Engineer');
    const byCanonical = Object.fromEntries(skills.map((k) => [k.canonical, k.name]));
    expect(byCanonical).toMatchObject({ Kubernetes: 'k8s', 'Google Cloud': 'GCP', PostgreSQL: 'Postgres', JavaScript: 'JS', TypeScript: 'TS' });
  });

  it('keeps the posting’s own word where marks joined two names into an alias ("AWS（ECS")', () => {
    const skills = findSkills(splitDescription('・AWS（ECS、Aurora）上でのパフォーマンス改善と障害対応').sentences, 'Engineer');
    expect(skills.find((k) => k.canonical === 'Amazon ECS')?.name).toBe('ECS');
  });

  it('splits slashes and hyphens, and keeps names with punctuation whole', () => {
    expect(names('React/Redux, Python-based tools, CI/CD, C#, .NET and Node.js')).toEqual(['React', 'Redux', 'Python', 'CI/CD', 'C#', '.NET', 'Node.js']);
  });

  it('reads a concept as a skill only where the posting asks for it', () => {
    expect(found('About us\nWe work closely with customer support.\nRequirements\n- Experience in customer support')).toEqual(['customer support']);
    expect(found('About us\nWe work closely with customer support every day.')).toEqual([]);
  });
});
