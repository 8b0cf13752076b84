import { readSources, convertAll } from './convert-all';
const id = process.argv[2];
const sources = readSources().filter((s) => !id || s.info.id === id);
for (const { model } of convertAll(sources)) {
  console.log(`# ${model.title} (${model.version})`);
  for (const b of model.blocks) {
    const t = b.kind === 'list' ? b.items.map((i) => '  * ' + i).join('\n') : b.kind === 'table' ? JSON.stringify({ h: b.header, c: b.caption, r: b.rows }) : b.text;
    console.log(`[${b.kind}${b.kind === 'heading' ? b.level : ''} ${b.lines.join('-')}] ${t}`);
  }
}
