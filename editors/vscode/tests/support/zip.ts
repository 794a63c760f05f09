// Reads zip archives (a .vsix, a jar) with yauzl: the names of their entries and the content of chosen ones.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yauzl from 'yauzl';

export interface ZipContents {
  /** Every entry name, folders included, in archive order. */
  readonly names: string[];
  /** The content of the entries that were asked for and found. */
  readonly contents: Map<string, Buffer>;
}

export function readZipFile(zipPath: string, wanted: (name: string) => boolean): Promise<ZipContents> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        reject(error ?? new Error(`cannot open ${zipPath}`));
        return;
      }
      collect(zip, wanted).then(resolve, reject);
    });
  });
}

export function readZipBuffer(zipBytes: Buffer, wanted: (name: string) => boolean): Promise<ZipContents> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zipBytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        reject(error ?? new Error('cannot open the zip'));
        return;
      }
      collect(zip, wanted).then(resolve, reject);
    });
  });
}

function collect(zip: yauzl.ZipFile, wanted: (name: string) => boolean): Promise<ZipContents> {
  const names: string[] = [];
  const contents = new Map<string, Buffer>();
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve({ names, contents }));
    zip.on('entry', (entry: yauzl.Entry) => {
      names.push(entry.fileName);
      if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) {
          reject(error ?? new Error(`cannot read ${entry.fileName}`));
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          contents.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

/**
 * Unpacks the entries under `prefix` (such as `extension/`) into `destination`, as VS Code installs a .vsix: with the
 * Unix permissions stored in the archive, so that a runtime's programs stay executable only if the packaging kept
 * their mode.
 */
export function extractZipFile(zipPath: string, prefix: string, destination: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        reject(error ?? new Error(`cannot open ${zipPath}`));
        return;
      }
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.startsWith(prefix) || entry.fileName.endsWith('/')) {
          zip.readEntry();
          return;
        }
        const target = path.join(destination, entry.fileName.slice(prefix.length));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) {
            reject(streamError ?? new Error(`cannot read ${entry.fileName}`));
            return;
          }
          const mode = (entry.externalFileAttributes >>> 16) & 0o777;
          const file = fs.createWriteStream(target, { mode: mode || 0o644 });
          file.on('error', reject);
          file.on('close', () => zip.readEntry());
          stream.pipe(file);
        });
      });
      zip.readEntry();
    });
  });
}
