import type { Command } from 'commander';
import type { Readable, Writable } from 'node:stream';
import { CONLL_WINDOW, tagDocument } from '../../entities/ner/document.js';
import { decodeText, openInputStream, readLines } from '../input.js';
import { writeOut } from '../output.js';


type Item = { kind: 'blank' } | { kind: 'sentence'; tokens: string[] };

/**
 * `isnad ner --conll`: one token per line (its first whitespace-separated
 * field; further fields are ignored), a blank line between sentences. Writes
 * `TOKEN<TAB>TAG` for every token line, the token exactly as given, and keeps
 * the blank lines where they were.
 */
export async function nerConllStream(input: Readable, output: Writable, name: string): Promise<void> {
  let items: Item[] = [];
  let current: string[] | undefined;
  let sentences = 0;
  const flush = async () => {
    const sents = items.filter((i): i is Extract<Item, { kind: 'sentence' }> => i.kind === 'sentence');
    const tags = tagDocument(sents.map((s) => s.tokens));
    let k = 0;
    let out = '';
    for (const it of items) {
      if (it.kind === 'blank') {
        out += '\n';
        continue;
      }
      const t = tags[k++] ?? [];
      it.tokens.forEach((tok, i) => {
        out += `${tok}\t${t[i] ?? 'O'}\n`;
      });
    }
    items = [];
    sentences = 0;
    await writeOut(output, out);
  };
  for await (const line of readLines(input)) {
    const text = decodeText(line.bytes, `${name}:${line.number}`, line.byteOffset);
    const first = text.trim().split(/\s+/)[0] ?? '';
    if (first === '') {
      current = undefined;
      items.push({ kind: 'blank' });
      if (sentences >= CONLL_WINDOW) await flush();
      continue;
    }
    if (!current) {
      current = [];
      items.push({ kind: 'sentence', tokens: current });
      sentences++;
    }
    current.push(first);
  }
  await flush();
}

export function register(program: Command): void {
  program
    .command('ner')
    .description('tag named entities (BIO over PER LOC ORG MISC) in a CoNLL file: one token per line, blank line between sentences')
    .requiredOption('--conll', 'read and write the CoNLL format (the only format)')
    .argument('<file>', 'CoNLL file, or - for standard input')
    .action(async (file: string) => {
      const stream = openInputStream(file);
      await nerConllStream(stream, process.stdout, file === '-' ? 'stdin' : file);
    });
}
