// bench/typst/typst.mjs FILE.typ FILE.pdf FONTS_DIR — `make bench`'s Typst: compiles one Typst
// file to PDF with the typst.ts node compiler (Typst's compiler built as a native Node addon),
// seeing only the fonts in FONTS_DIR, as frisk sees only fonts/. Exit status 1 on any error.
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const [input, output, fonts] = process.argv.slice(2).map((p) => resolve(p));
const compiler = NodeCompiler.create({ workspace: dirname(input), fontArgs: [{ fontPaths: [fonts] }] });
const compiled = compiler.compile({ mainFilePath: input });
if (compiled.hasError() || !compiled.result) {
    compiled.printErrors();
    process.exit(1);
}
writeFileSync(output, compiler.pdf(compiled.result));
